def min_cost_connect_points(points):
    # With one cable free, the best network is a minimum spanning tree with its most expensive
    # cable made free: making cable (u, v) free and rebuilding the tree saves at most the
    # dearest cable on the tree's path from u to v, never more than the tree's dearest cable,
    # and choosing that cable itself saves exactly that. Prim's in O(n^2), as in solution.py,
    # remembering the largest cable used.
    n = len(points)
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    near = [abs(xs[j] - xs[0]) + abs(ys[j] - ys[0]) for j in range(n)]
    outside = list(range(1, n))
    total = 0
    dearest = 0
    while outside:
        pick = 0
        for i in range(1, len(outside)):
            if near[outside[i]] < near[outside[pick]]:
                pick = i
        joined = outside[pick]
        total += near[joined]
        dearest = max(dearest, near[joined])
        outside[pick] = outside[-1]
        outside.pop()
        jx, jy = xs[joined], ys[joined]
        for j in outside:
            cost = abs(xs[j] - jx) + abs(ys[j] - jy)
            if cost < near[j]:
                near[j] = cost
    return total - dearest
