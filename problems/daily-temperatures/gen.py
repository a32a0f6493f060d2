def generate(n, rng, kind="random"):
    """n temperatures. kind "random"; "falling": a slow fall then one hot day at the end (the
    brute force's worst case); "rising"; "sawtooth": repeated falls of length 50."""
    n = max(n, 1)
    if kind == "falling":
        temps = [100 - (i * 70) // n for i in range(n - 1)]
        return {"temps": [max(30, t - 1) for t in temps] + [100]}
    if kind == "rising":
        return {"temps": [30 + (i * 71) // n for i in range(n)]}
    if kind == "sawtooth":
        return {"temps": [100 - (i % 50) for i in range(n)]}
    return {"temps": [rng.randint(30, 100) for _ in range(n)]}
