def generate(n, rng):
    """amount n with 6 to 12 coins, most of them large, so the answer takes many coins."""
    k = rng.randint(5, 11)  # one more small coin may join below
    coins = rng.sample(range(2, max(3, n // 4 + 3)), min(k, max(1, n // 4)))
    if rng.random() < 0.7:
        coins.append(rng.choice([1, 3, 7]))
    return {"coins": sorted(set(coins)), "amount": n}
