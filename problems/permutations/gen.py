def generate(n, rng, kind="random"):
    """n distinct values in -10..10 (n from 1 to 6); kind "sorted": in increasing order."""
    n = max(1, min(n, 6))
    nums = rng.sample(range(-10, 11), n)
    if kind == "sorted":
        nums.sort()
    return {"nums": nums}
