def k_closest(points, k):
    # Pick the nearest remaining point k times, scanning all of them each time: O(n * k).
    taken = [False] * len(points)
    result = []
    for _ in range(k):
        best = -1
        for i, (x, y) in enumerate(points):
            if taken[i]:
                continue
            d = x * x + y * y
            if best < 0 or d < best_d:
                best, best_d = i, d
        taken[best] = True
        result.append(points[best])
    return result
