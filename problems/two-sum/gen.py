def generate(n, rng, kind=None):
    """n distinct-ish values; the only pair summing to target sits at the far end, so a
    quadratic scan must look at almost every pair before finding it.

    kind "sorted": the same values in ascending order (the sorted-input follow-up)."""
    n = max(2, n)
    # Even values only, so the target (odd) can be met by the planted pair alone.
    nums = [rng.randrange(-10**8, 10**8) * 2 for _ in range(n - 2)]
    a = rng.randrange(-10**8, 10**8) * 2 + 1
    b = rng.randrange(-10**8, 10**8) * 2
    nums += [a, b]
    if kind == "sorted":
        nums.sort()
    return {"nums": nums, "target": a + b}
