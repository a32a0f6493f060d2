def generate(n, rng, kind="random"):
    """n piles and h. kind "random": piles up to 10^9, h between n and 4n (a fast speed);
    "tight": h = n + a little; "loose": h up to 10^9; "huge": every pile 10^9. The small
    sizes used for stress tests keep piles under 1000 so that trying every speed ends.
    "linear": piles up to n, one of exactly n, and h = n, so the answer is n (a speed that grows
    with the input, as trying every speed in turn needs to show its cost)."""
    n = max(n, 1)
    if kind == "linear":
        piles = [rng.randint(1, n) for _ in range(n)]
        piles[rng.randrange(n)] = n
        return {"piles": piles, "h": n}
    top = 1000 if n <= 50 else 10**9
    if kind == "huge":
        piles = [10**9] * n
    else:
        piles = [rng.randint(1, top) for _ in range(n)]
    if kind == "tight":
        h = n + rng.randint(0, 5)
    elif kind == "loose":
        h = rng.randint(10**8, 10**9)
    else:
        h = rng.randint(n, 4 * n)
    return {"piles": piles, "h": h}
