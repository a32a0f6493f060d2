def generate(n, rng, kind="random"):
    """n values with repeats, k around the middle (the worst case for repeated max-removal);
    kind "ascending": n values in non-decreasing order spread over the whole range, k = n // 2;
    kind "equal": n copies of one value."""
    if kind == "equal":
        return {"nums": [rng.randint(-10**4, 10**4)] * n, "k": max(1, n // 2)}
    if kind == "ascending":
        nums = [-(10**4) + i * (2 * 10**4 + 1) // max(n, 1) for i in range(n)]
        return {"nums": nums, "k": max(1, n // 2)}
    nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
    return {"nums": nums, "k": max(1, n // 2 + rng.randint(-n // 10, n // 10))}
