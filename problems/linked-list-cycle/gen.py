def generate(n, rng):
    """n nodes with few distinct values; a cycle back to an early node half the time."""
    values = [rng.randint(-3, 3) for _ in range(n)]
    pos = rng.randrange(n // 10 + 1) if n and rng.random() < 0.5 else -1
    return {"head": {"values": values, "pos": pos}}
