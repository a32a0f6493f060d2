def generate(n, rng, kind="random"):
    """n distinct candidates and a target. kind "random": candidates from 2..40, target
    20..40; "small": candidates from 5..40, target 25; "dense": 2 and 3 among them, target
    up to 40 (kept under 5000 combinations)."""
    n = max(1, min(n, 30))
    if kind == "small":
        return {"candidates": rng.sample(range(5, 41), n), "target": 25}
    if kind == "dense":
        rest = rng.sample(range(4, 41), n - 2) if n > 2 else []
        return {"candidates": [2, 3] + rest, "target": 30}
    return {"candidates": rng.sample(range(4, 41), min(n, 37)), "target": rng.randint(20, 40)}
