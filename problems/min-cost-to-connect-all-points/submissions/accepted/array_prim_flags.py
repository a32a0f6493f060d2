# Prim's with a distance array and in-tree flags: each round scans all n points once, both to
# lower their distances through the newest tree point and to find the closest outside one.
def min_cost_connect_points(points):
    n = len(points)
    inf = float("inf")
    best = [inf] * n
    in_tree = [False] * n
    current = 0
    total = 0
    for _ in range(n - 1):
        in_tree[current] = True
        cx, cy = points[current]
        next_point, next_cost = -1, inf
        for j in range(n):
            if in_tree[j]:
                continue
            x, y = points[j]
            d = abs(x - cx) + abs(y - cy)
            if d < best[j]:
                best[j] = d
            if best[j] < next_cost:
                next_point, next_cost = j, best[j]
        total += next_cost
        current = next_point
    return total
