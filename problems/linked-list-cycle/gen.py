def generate(n, rng, kind="random"):
    """n nodes with few distinct values; a cycle back to an early node half the time. kind
    "to_head": values 0, 1, 2 repeating with the tail linked to the head; "no_cycle": the same
    values without a cycle."""
    if kind in ("to_head", "no_cycle"):
        return {"head": {"values": [i % 3 for i in range(n)], "pos": 0 if kind == "to_head" else -1}}
    values = [rng.randint(-3, 3) for _ in range(n)]
    pos = rng.randrange(n // 10 + 1) if n and rng.random() < 0.5 else -1
    return {"head": {"values": values, "pos": pos}}
