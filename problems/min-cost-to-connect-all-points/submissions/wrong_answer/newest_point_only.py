# Bug: keeps, for each outside point, only its distance to the point added last (assigns
# instead of taking the minimum), so it grows a nearest-neighbour path rather than a tree.
def min_cost_connect_points(points):
    n = len(points)
    dist = [0] * n
    in_tree = [False] * n
    current = 0
    total = 0
    for _ in range(n - 1):
        in_tree[current] = True
        cx, cy = points[current]
        nxt = -1
        for j in range(n):
            if not in_tree[j]:
                dist[j] = abs(points[j][0] - cx) + abs(points[j][1] - cy)
                if nxt == -1 or dist[j] < dist[nxt]:
                    nxt = j
        total += dist[nxt]
        current = nxt
    return total
