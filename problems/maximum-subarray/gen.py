def generate(n, rng, kind="random"):
    """n values in -10^4..10^4.

    kind "random": uniform over the whole range, or (one input in three) over -10..10;
    "small": over -10..10, where zeros and equal sums are common; "negatives": every value
    negative (the answer is the largest single value); "positives": every value 0 or more (the
    whole list); "dips": positive stretches separated by negative values about as deep as the
    stretch before is high, so crossing a dip or not is a close call; "extremes": only -10^4
    and 10^4."""
    n = max(1, n)
    if kind == "negatives":
        return {"nums": [rng.randint(-10**4, -1) for _ in range(n)]}
    if kind == "positives":
        return {"nums": [rng.randint(0, 10**4) for _ in range(n)]}
    if kind == "extremes":
        return {"nums": [rng.choice((-10**4, 10**4)) for _ in range(n)]}
    if kind == "dips":
        nums = []
        while len(nums) < n:
            stretch = [rng.randint(-50, 400) for _ in range(rng.randint(1, 30))]
            nums += stretch
            nums.append(max(-10**4, -sum(stretch) + rng.randint(-300, 300)))
        return {"nums": nums[:n]}
    bound = 10 if kind == "small" or rng.random() < 1 / 3 else 10**4
    return {"nums": [rng.randint(-bound, bound) for _ in range(n)]}
