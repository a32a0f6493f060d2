def generate(n, rng, kind="random"):
    """n bar heights in 0..10^4. kind "random": any heights (0..6 for small n, so equal heights
    and zeros are common); "plateau": every bar the same height, where growing a rectangle from
    each bar spans the whole histogram every time; "rising" and "falling": strictly sorted
    while the heights last; "valley": falling then rising."""
    n = max(1, min(n, 10**5))
    if kind == "plateau":
        return {"heights": [rng.randint(1, 10**4)] * n}
    if kind in ("rising", "falling", "valley"):
        step = max(1, 10**4 // n)
        rising = [min(10**4, 1 + i * step) for i in range(n)]
        if kind == "rising":
            return {"heights": rising}
        if kind == "falling":
            return {"heights": rising[::-1]}
        half = rising[: (n + 1) // 2]
        return {"heights": (half[::-1] + half)[:n]}
    top = 6 if n <= 50 else 10**4
    return {"heights": [rng.randint(0, top) for _ in range(n)]}
