def generate(n, rng, kind="random"):
    """One number. The size n is how many bits it has (clamped to 1..31, the width the
    constraints allow): the highest set bit is bit n - 1.

    kind "random": the bits below the highest are random; "dense": most of them set;
    "sparse": only a few of them set; "wide" (for measuring): a full 31-bit number with at
    least 24 bits set, whatever n is. The width is fixed by the constraints, so measuring at
    "growing sizes" only repeats the worst case, and every approach is constant time."""
    bits = max(1, min(n, 31))
    if kind == "wide":
        bits = 31
    top = 1 << (bits - 1)
    if kind in ("dense", "wide"):
        value = (1 << bits) - 1
        limit = 7 if kind == "wide" else max(1, bits // 4)
        for i in rng.sample(range(bits - 1), min(bits - 1, rng.randint(0, limit))):
            value &= ~(1 << i)
        return {"n": value}
    if kind == "sparse":
        value = top
        for i in rng.sample(range(bits - 1), min(bits - 1, rng.randint(0, 3))):
            value |= 1 << i
        return {"n": value}
    return {"n": top | rng.getrandbits(bits - 1)}
