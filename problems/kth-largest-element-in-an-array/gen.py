def generate(n, rng, kind="random"):
    """n values with repeats, k around the middle (the worst case for repeated max-removal);
    kind "ascending": n distinct ascending values, k = n // 2."""
    if kind == "ascending":
        return {"nums": list(range(-(n // 2), n - n // 2)), "k": max(1, n // 2)}
    nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
    return {"nums": nums, "k": max(1, n // 2 + rng.randint(-n // 10, n // 10))}
