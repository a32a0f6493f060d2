def generate(n, rng, kind="random"):
    """n values (at least 3). kind "random": from a range that widens as n^2 / 8 (up to the
    whole range), so small lists have many triplets and repeats and large ones not too many; "distinct": distinct values over the whole range, half negative (no
    early stop: every negative value starts a full two-pointer pass); "dense": from -50..50,
    so most values repeat many times; "odd": odd values only, so no triplet exists."""
    n = max(n, 3)
    if kind == "distinct":
        neg = rng.sample(range(1, 10**5 + 1), n // 2)
        pos = rng.sample(range(0, 10**5 + 1), n - n // 2)
        nums = [-v for v in neg] + pos
        rng.shuffle(nums)
        return {"nums": nums}
    if kind == "dense":
        return {"nums": [rng.randint(-50, 50) for _ in range(n)]}
    if kind == "odd":
        return {"nums": [2 * rng.randint(-50000, 49999) + 1 for _ in range(n)]}
    width = min(10**5, max(3, n * n // 8))
    return {"nums": [rng.randint(-width, width) for _ in range(n)]}
