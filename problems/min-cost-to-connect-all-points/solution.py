def min_cost_connect_points(points):
    # Prim's algorithm on the complete graph, with a plain array instead of a heap: the graph
    # has about n^2 / 2 edges, so an O(n) scan for the next point costs no more than reading
    # the edges, and n such scans give O(n^2) in all.
    n = len(points)
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    # near[j]: the cheapest cable from the tree built so far to point j (point 0 starts it).
    near = [abs(xs[j] - xs[0]) + abs(ys[j] - ys[0]) for j in range(n)]
    outside = list(range(1, n))
    total = 0
    while outside:
        # The outside point closest to the tree joins it through that cheapest cable.
        pick = 0
        for i in range(1, len(outside)):
            if near[outside[i]] < near[outside[pick]]:
                pick = i
        joined = outside[pick]
        total += near[joined]
        outside[pick] = outside[-1]
        outside.pop()
        # A cable from the new point may now be the cheapest way to reach the others.
        jx, jy = xs[joined], ys[joined]
        for j in outside:
            cost = abs(xs[j] - jx) + abs(ys[j] - jy)
            if cost < near[j]:
                near[j] = cost
    return total
