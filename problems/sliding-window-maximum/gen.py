def generate(n, rng, kind="random"):
    """n values (at least 1) and a window size k. kind "random": k anywhere in 1..n, values
    from a narrow range half the time (so maxima repeat); "half": k = n // 2 over the whole range,
    where recomputing each window's maximum costs n^2 / 4; "rising": increasing values, every
    new value evicts the whole deque; "falling": decreasing values, the maximum always leaves
    by the front."""
    n = max(n, 1)
    if kind == "half":
        return {"nums": [rng.randint(-10**4, 10**4) for _ in range(n)], "k": max(1, n // 2)}
    if kind in ("rising", "falling"):
        values = sorted(rng.randint(-10**4, 10**4) for _ in range(n))
        if kind == "falling":
            values.reverse()
        return {"nums": values, "k": rng.randint(1, n)}
    high = 3 if rng.random() < 0.5 else 10**4
    return {"nums": [rng.randint(-high, high) for _ in range(n)], "k": rng.randint(1, n)}
