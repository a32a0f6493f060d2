def generate(n, rng, kind="random"):
    """n daily prices (at least 1). kind "random": 0..10^4 (or 0..9, for short rows with ties);
    "falling": prices that never rise until one high last day, so every day is a new low
    (scanning forward from each new low is quadratic); "rising": never falling; "walk": a random
    walk, small daily moves, clamped to 0..10^4."""
    n = max(n, 1)
    if kind == "falling":
        prices = [10**4 - 1 - (i * (10**4 - 1)) // n for i in range(n - 1)]
        return {"prices": prices + [10**4]}
    if kind == "rising":
        return {"prices": sorted(rng.randint(0, 10**4) for _ in range(n))}
    if kind == "walk":
        price, prices = rng.randint(0, 10**4), []
        for _ in range(n):
            price = min(10**4, max(0, price + rng.randint(-50, 50)))
            prices.append(price)
        return {"prices": prices}
    top = 10**4 if rng.random() < 0.5 else 9
    return {"prices": [rng.randint(0, top) for _ in range(n)]}
