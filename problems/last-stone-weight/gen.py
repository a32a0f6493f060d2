def generate(n, rng, kind="spread"):
    """n stones (at least 1). kind "spread": weights anywhere in 1..1000, so most smashes leave
    a stone behind and the pile shrinks by one a round; "small": weights 1..4, many ties;
    "pairs": every weight twice, so everything can cancel; "heavy": weights up to 10^9 (for
    the many-stones follow-up only)."""
    size = max(1, n)
    if kind == "small":
        return {"stones": [rng.randint(1, 4) for _ in range(size)]}
    if kind == "pairs":
        half = [rng.randint(1, 1000) for _ in range((size + 1) // 2)]
        stones = (half + half)[:size]
        rng.shuffle(stones)
        return {"stones": stones}
    if kind == "heavy":
        return {"stones": [rng.randint(1, 10**9) for _ in range(size)]}
    return {"stones": [rng.randint(1, 1000) for _ in range(size)]}
