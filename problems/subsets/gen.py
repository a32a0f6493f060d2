def generate(n, rng, kind="random"):
    """n distinct values in -10..10 (n at most 10); kind "sorted": in increasing order."""
    n = max(0, min(n, 10))
    nums = rng.sample(range(-10, 11), n)
    if kind == "sorted":
        nums.sort()
    return {"nums": nums}
