def generate(n, rng, kind="random"):
    """One number. The size n is how many bits it has (clamped to 1..32, the width the
    constraints allow): the highest set bit is bit n - 1, the bits below it random.

    kind "wide" (for measuring): a full 32-bit number whatever n is; the width is fixed by the
    constraints, so measuring at "growing sizes" only repeats the worst case, and every
    approach is constant time. "palindrome": a random 32-bit number whose bits read the same
    both ways. "wide64" (the width-64 follow-up): a random 64-bit number."""
    if kind == "wide64":
        return {"n": (1 << 63) | rng.getrandbits(63)}
    bits = 32 if kind == "wide" else max(1, min(n, 32))
    if kind == "palindrome":
        half = rng.getrandbits(16)
        mirror = int(format(half, "016b")[::-1], 2)
        return {"n": (half << 16) | mirror}
    return {"n": (1 << (bits - 1)) | rng.getrandbits(bits - 1)}
