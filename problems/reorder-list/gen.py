def generate(n, rng, kind="random"):
    """A list of n nodes (at least 1). kind "random": values in 1..1000; "ramp": values
    1, 2, 3, ... (wrapping after 1000), so every position of the answer is easy to read; every
    shape costs the same, since any correct method moves every node."""
    size = max(1, n)
    if kind == "ramp":
        return {"head": [i % 1000 + 1 for i in range(size)]}
    return {"head": [rng.randint(1, 1000) for _ in range(size)]}
