def generate(n, rng, kind="random"):
    """n values (1 to 10) in -10..10. kind "random": drawn from a pool of 1 to n distinct values,
    so repeats are common; "distinct": no repeats; "pairs": every value twice (one left over
    when n is odd)."""
    n = max(1, min(n, 10))
    if kind == "distinct":
        return {"nums": rng.sample(range(-10, 11), n)}
    if kind == "pairs":
        pool = rng.sample(range(-10, 11), (n + 1) // 2)
        nums = (pool * 2)[:n]
        rng.shuffle(nums)
        return {"nums": nums}
    pool = rng.sample(range(-10, 11), rng.randint(1, n))
    return {"nums": [rng.choice(pool) for _ in range(n)]}
