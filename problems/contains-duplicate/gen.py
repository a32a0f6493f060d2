def generate(n, rng, kind="distinct"):
    """n distinct values (the worst case: nothing can stop early), shuffled; kind "late_repeat":
    1..n-1 in order, then a repeat of the last value."""
    if kind == "late_repeat":
        return {"nums": list(range(1, n)) + [n - 1]}
    nums = rng.sample(range(-10**9, 10**9), n)
    return {"nums": nums}
