def generate(n, rng, kind="random"):
    """n values. kind "random": drawn from a range about 1.5 n wide, so runs and repeats form;
    "run": one run of n values, shuffled (walking up from every value is quadratic on it);
    "runs": a few runs of random lengths with gaps between, shuffled; "spread": distinct values
    at least two apart (every run has length 1)."""
    if kind == "run":
        start = rng.randint(-10**9, 10**9 - n)
        nums = list(range(start, start + n))
        rng.shuffle(nums)
        return {"nums": nums}
    if kind == "runs":
        nums, x = [], rng.randint(-10**9, 0)
        while len(nums) < n:
            length = min(n - len(nums), rng.randint(1, max(1, n // 4)))
            nums += range(x, x + length)
            x += length + rng.randint(2, 5)
        rng.shuffle(nums)
        return {"nums": nums}
    if kind == "spread":
        return {"nums": [2 * v for v in rng.sample(range(-5 * 10**8, 5 * 10**8), n)]}
    base = rng.randint(-10**9, 10**9 - 2 * n - 2)
    width = max(1, 3 * n // 2)
    return {"nums": [base + rng.randrange(width) for _ in range(n)]}
