def generate(n, rng, kind="random"):
    """n wall heights. kind "random": 0..10^4; "increasing": sorted; "ends": low walls with
    the two tallest at the ends; "equal": all the same height."""
    n = max(n, 2)
    if kind == "equal":
        return {"height": [rng.randint(1, 10**4)] * n}
    heights = [rng.randint(0, 10**4) for _ in range(n)]
    if kind == "increasing":
        heights.sort()
    elif kind == "ends":
        heights = [rng.randint(0, 100) for _ in range(n)]
        heights[0] = heights[-1] = 10**4
    return {"height": heights}
