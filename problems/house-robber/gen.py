def generate(n, rng, kind="random"):
    """n houses. kind "random"; "pairs": rich pairs of neighbours separated by poor houses, where
    alternating is wrong; "equal": every house the same."""
    n = max(n, 1)
    if kind == "pairs":
        pattern = [9000, 9500, 10, 10]
        return {"nums": [pattern[i % 4] - rng.randint(0, 5) for i in range(n)]}
    if kind == "equal":
        return {"nums": [rng.randint(0, 10**4)] * n}
    return {"nums": [rng.randint(0, 10**4) for _ in range(n)]}
