def generate(n, rng, kind="random"):
    """n bar heights (at least 1). kind "random": 0..10^5, with a few small ones for the stress
    test's short rows; "valley": falling then rising, one basin over the whole row; "peak":
    rising then falling, so no water stays; "basins": random-width basins separated by walls of
    random heights; "plateau": a few heights only, so many bars are equal."""
    n = max(n, 1)
    if kind == "valley":
        half = n // 2
        heights = sorted((rng.randint(0, 10**5) for _ in range(half)), reverse=True)
        heights += sorted(rng.randint(0, 10**5) for _ in range(n - half))
        return {"height": heights}
    if kind == "peak":
        half = n // 2
        heights = sorted(rng.randint(0, 10**5) for _ in range(half))
        heights += sorted((rng.randint(0, 10**5) for _ in range(n - half)), reverse=True)
        return {"height": heights}
    if kind == "basins":
        heights = []
        while len(heights) < n:
            heights.append(rng.randint(10**4, 10**5))
            width = rng.randint(1, max(1, n // 10))
            heights += [rng.randint(0, 10**4) for _ in range(width)]
        return {"height": heights[:n]}
    if kind == "plateau":
        levels = [rng.randint(0, 10**5) for _ in range(3)]
        return {"height": [rng.choice(levels) for _ in range(n)]}
    top = 10**5 if rng.random() < 0.5 else 6
    return {"height": [rng.randint(0, top) for _ in range(n)]}
