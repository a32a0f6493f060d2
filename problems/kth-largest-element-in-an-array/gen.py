def generate(n, rng):
    """n values with repeats, k around the middle (the worst case for repeated max-removal)."""
    nums = [rng.randint(-10**4, 10**4) for _ in range(n)]
    return {"nums": nums, "k": max(1, n // 2 + rng.randint(-n // 10, n // 10))}
