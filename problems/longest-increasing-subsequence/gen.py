def generate(n, rng, kind="random"):
    """n values in -10^4..10^4. kind "sorted", "reversed", or "zigzag" (rising runs of 50
    that each start a little lower)."""
    n = max(n, 1)
    if kind == "zigzag":
        return {"nums": [(i % 50) * 100 - (i // 50) * 3 for i in range(n)]}
    nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
    if kind == "sorted":
        nums.sort()
    elif kind == "reversed":
        nums.sort(reverse=True)
    return {"nums": nums}
