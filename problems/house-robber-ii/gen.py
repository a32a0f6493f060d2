def generate(n, rng, kind="random"):
    """n houses around a circle (1 to 100, or up to 10^5 for the large-street follow-up's
    "large_" kinds). kind "random": values from 0..1000, or 0..5 half the time (many ties);
    "ends": the first and last houses the richest, so ignoring the circle takes both; "equal":
    every house the same."""
    large = kind.startswith("large_")
    kind = kind.removeprefix("large_")
    n = max(1, min(n, 10**5 if large else 100))
    top = 10**4 if large else 1000
    if kind == "ends":
        nums = [rng.randint(0, top // 4) for _ in range(n)]
        nums[0], nums[-1] = top, top - rng.randint(0, 3)
        return {"nums": nums}
    if kind == "equal":
        return {"nums": [rng.randint(0, top)] * n}
    high = 5 if rng.random() < 0.5 else top
    return {"nums": [rng.randint(0, high) for _ in range(n)]}
