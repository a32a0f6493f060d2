def generate(n, rng, kind="random"):
    """n points (at least 1) with a unique set of k closest. kind "random": coordinates in a
    range that grows with n (so small inputs repeat distances and points), k anywhere; "half":
    coordinates over the whole range and k near n / 2, where picking the nearest point k times
    scans the whole list every time; "near": every point within 3 of the origin, many ties."""
    n = max(1, n)
    if kind == "half":
        span = 10**4
    elif kind == "near":
        span = 3
    else:
        span = min(10**4, 2 + n * 4)
    points = [[rng.randint(-span, span), rng.randint(-span, span)] for _ in range(n)]
    dist = sorted(x * x + y * y for x, y in points)
    # The sizes k at which the cut falls between two different distances.
    cuts = [j for j in range(1, n + 1) if j == n or dist[j - 1] < dist[j]]
    want = max(1, n // 2) if kind == "half" else rng.randint(1, n)
    k = min(cuts, key=lambda j: (abs(j - want), j))
    return {"points": points, "k": k}
