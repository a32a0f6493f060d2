def generate(n, rng, kind="random"):
    """n distinct values in -5000..5000, sorted then rotated. kind "random": rotated anywhere
    (sometimes not at all); "unrotated": in increasing order, so a scan for the break reads the
    whole list; "late": rotated by one, the minimum last; "repeats" (for the repeated-values
    follow-up): values drawn from a small range, so runs of equal values are long."""
    n = max(1, min(n, 5000))
    if kind == "repeats":
        values = sorted(rng.randint(-3, 3) for _ in range(n))
    else:
        values = sorted(rng.sample(range(-5000, 5001), n))
    if kind == "unrotated":
        return {"nums": values}
    k = 1 if kind == "late" else rng.randrange(n)
    return {"nums": values[k:] + values[:k]}
