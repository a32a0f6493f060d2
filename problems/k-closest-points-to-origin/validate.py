def validate(input):
    points, k = input["points"], input["k"]
    assert 1 <= k <= len(points) <= 10**4, f"k = {k}, len(points) = {len(points)}: need 1 <= k <= len(points) <= 10^4"
    for p in points:
        assert len(p) == 2, "a point is not [x, y]"
        assert all(-10**4 <= c <= 10**4 for c in p), "a coordinate is outside -10^4..10^4"
    dist = sorted(x * x + y * y for x, y in points)
    assert k == len(points) or dist[k - 1] < dist[k], "the k-th and (k+1)-th closest points tie: the answer is not unique"
