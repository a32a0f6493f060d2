def generate(n, rng, kind="random"):
    """n step costs (2 to 1000). kind "random": costs from 0..999, or from 0..5 half the time
    (many ties); "trap": a cheap step always followed by an expensive one, where taking the
    cheaper next step greedily goes wrong; "zeros": free steps among costly ones."""
    n = max(2, min(n, 1000))
    if kind == "trap":
        pattern = [1, 999, 2, 2, 999, 1]
        return {"cost": [max(0, pattern[i % 6] - rng.randint(0, 1)) for i in range(n)]}
    if kind == "zeros":
        return {"cost": [0 if rng.random() < 0.4 else rng.randint(1, 999) for _ in range(n)]}
    high = 5 if rng.random() < 0.5 else 999
    return {"cost": [rng.randint(0, high) for _ in range(n)]}
