def generate(n, rng, kind="random"):
    """n candidates (1 to 100) and a target. kind "random": values in 1..50, target 1..30;
    "dense": values in 1..10, target 20..30 (many combinations, many repeats); "ones": mostly
    1s and 2s, target 30, where removing repeats only after the search is hopeless."""
    n = max(1, min(n, 100))
    if kind == "dense":
        return {"candidates": [rng.randint(1, 10) for _ in range(n)], "target": rng.randint(20, 30)}
    if kind == "ones":
        return {"candidates": [rng.choice((1, 1, 1, 2, 3)) for _ in range(n)], "target": 30}
    return {"candidates": [rng.randint(1, 50) for _ in range(n)], "target": rng.randint(1, 30)}
