def generate(n, rng, kind="random"):
    """n values with a unique top k. kind "random": about sqrt(2n) distinct values, all
    counts different; "many": five frequent values and up to 15 000 distinct singletons
    (the value range allows about 2 * 10^4); "all": as "random" with k = every distinct
    value."""
    n = max(n, 1)
    if kind == "many" and n >= 50:
        frequent = rng.sample(range(-10**4, 10**4 + 1), 5)
        nums = [v for i, v in enumerate(frequent) for _ in range(10 - i)]
        rest = [v for v in rng.sample(range(-10**4, 10**4 + 1), min(n, 15000)) if v not in frequent]
        nums += rest[: n - len(nums)]
        rng.shuffle(nums)
        return {"nums": nums, "k": rng.randint(1, 5)}
    distinct, total = 0, 0
    while total + distinct + 1 <= n:
        distinct += 1
        total += distinct
    values = rng.sample(range(-10**4, 10**4 + 1), distinct)
    counts = list(range(1, distinct + 1))
    rng.shuffle(counts)
    nums = [v for v, c in zip(values, counts) for _ in range(c)]
    rng.shuffle(nums)
    k = distinct if kind == "all" else rng.randint(1, distinct)
    return {"nums": nums, "k": k}
