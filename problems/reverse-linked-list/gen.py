def generate(n, rng):
    """n node values, with repeats."""
    return {"head": [rng.randint(-5000, 5000) for _ in range(n)]}
