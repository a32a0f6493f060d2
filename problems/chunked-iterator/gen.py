def generate(n, rng):
    """n finite items and a chunk size between 1 and 1000."""
    return {"iterable": {"items": [rng.randint(-10**6, 10**6) for _ in range(n)]}, "size": rng.randint(1, 1000)}
