def generate(n, rng, kind="random"):
    """A list of n nodes (at least 1) with values in 0..100, and a position from the end.
    kind "random": any position; "head": n equals the length, so the head goes (every pointer
    walks the whole list); "tail": the last node goes; "repeats": values from 0..2 only, so a
    removal by value instead of by position shows."""
    size = max(1, n)
    high = 2 if kind == "repeats" else 100
    values = [rng.randint(0, high) for _ in range(size)]
    if kind == "head":
        k = size
    elif kind == "tail":
        k = 1
    else:
        k = rng.randint(1, size)
    return {"head": values, "n": k}
