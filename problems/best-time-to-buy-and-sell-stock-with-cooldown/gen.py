def generate(n, rng, kind="random"):
    """n daily prices (n clamped to 1..10^5).

    kind "random": prices 0..10^4, or 0..9 (ties, and for n <= 12 always) so that short rows are
    full of small rises and dips where the cooldown matters; "walk": a random walk with small
    daily moves, clamped to 0..10^4; "zigzag": low and high days alternating with a little noise
    (taking every rise would need a purchase the day after each sale); "rising": never falling;
    "falling": never rising (no trade pays); "flat": one price repeated."""
    n = max(1, min(n, 10**5))
    if kind == "walk":
        price, prices = rng.randint(0, 10**4), []
        for _ in range(n):
            price = min(10**4, max(0, price + rng.randint(-60, 60)))
            prices.append(price)
        return {"prices": prices}
    if kind == "zigzag":
        low, high = rng.randint(0, 3000), rng.randint(7000, 10**4)
        return {"prices": [high - rng.randint(0, 500) if i % 2 else low + rng.randint(0, 500)
                           for i in range(n)]}
    if kind == "rising":
        return {"prices": sorted(rng.randint(0, 10**4) for _ in range(n))}
    if kind == "falling":
        return {"prices": sorted((rng.randint(0, 10**4) for _ in range(n)), reverse=True)}
    if kind == "flat":
        return {"prices": [rng.randint(0, 10**4)] * n}
    top = 9 if n <= 12 or rng.random() < 0.5 else 10**4
    return {"prices": [rng.randint(0, top) for _ in range(n)]}
