def min_cost_connect_points(points):
    # Prim's algorithm straight from its definition: grow a tree from point 0, each time adding
    # the cheapest cable between a point in the tree and a point outside it, found by trying
    # every such pair. O(n) steps of O(n^2) pairs: O(n^3).
    n = len(points)
    in_tree = [False] * n
    in_tree[0] = True
    total = 0
    for _ in range(n - 1):
        best_cost, best_point = None, None
        for i in range(n):
            if not in_tree[i]:
                continue
            for j in range(n):
                if in_tree[j]:
                    continue
                cost = abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
                if best_cost is None or cost < best_cost:
                    best_cost, best_point = cost, j
        total += best_cost
        in_tree[best_point] = True
    return total
