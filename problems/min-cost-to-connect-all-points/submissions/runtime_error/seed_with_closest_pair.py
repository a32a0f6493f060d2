# Bug: starts the tree with the closest pair of points, found with min() over all pairs; with a
# single point there is no pair and min() raises ValueError.
def min_cost_connect_points(points):
    n = len(points)

    def dist(i, j):
        return abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])

    first_cost, a, b = min((dist(i, j), i, j) for i in range(n) for j in range(i + 1, n))
    total = first_cost
    in_tree = [False] * n
    in_tree[a] = in_tree[b] = True
    near = [min(dist(a, j), dist(b, j)) for j in range(n)]
    for _ in range(n - 2):
        k = min((j for j in range(n) if not in_tree[j]), key=near.__getitem__)
        total += near[k]
        in_tree[k] = True
        for j in range(n):
            if not in_tree[j]:
                near[j] = min(near[j], dist(k, j))
    return total
