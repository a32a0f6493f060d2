def generate(n, rng, kind=None):
    """n distinct-ish values; the only pair summing to target sits at the far end, so a
    quadratic scan must look at almost every pair before finding it.

    kind "sorted": in ascending order, the pair's larger value the largest of all (the
    sorted-input follow-up, up to 5 * 10^5 values)."""
    n = max(2, n)
    # Even values only, so the target (odd) can be met by the planted pair alone.
    nums = [rng.randrange(-10**8, 10**8) * 2 for _ in range(n - 2)]
    a = rng.randrange(-10**8, 10**8) * 2 + 1
    b = rng.randrange(-10**8, 10**8) * 2
    if kind == "sorted":
        # The pair's larger value is the largest of all, so a scan from the left that
        # remembers what it has seen holds every value before it finds the pair.
        b = 2 * 10**8 + 2 * rng.randrange(0, 10**8)
    nums += [a, b]
    if kind == "sorted":
        nums.sort()
    return {"nums": nums, "target": a + b}
