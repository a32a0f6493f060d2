LIMIT = 2**31 - 1


def combinations_capped(amount, coins):
    cap = LIMIT + 1
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            w = ways[a] + ways[a - c]
            ways[a] = w if w < cap else cap
    return ways[amount]


def fit(amount, coins, rng):
    """Drop the smallest coin until the answer fits in a signed 32-bit integer, then shuffle."""
    coins = sorted(set(coins))
    while len(coins) > 1 and combinations_capped(amount, coins) > LIMIT:
        coins.pop(0)
    rng.shuffle(coins)
    return {"amount": amount, "coins": coins}


def generate(n, rng, kind="random"):
    """amount n (clamped to 0..5000); the coins are chosen so that the answer fits in a
    signed 32-bit integer (the smallest dropped until it does).

    kind "random": up to 12, one to four coins of 1..n + 2; above, 1 to 40 coins up to n / 10,
    n / 3, n or 5000. "many": about n / 16 coins (at most 300) between n / 4 and n, the
    most work an allowed input gives the table (the measuring family). "small": the coin 1
    and two to four others up to 25, so the answer is large (millions to billions for big
    amounts, the smallest coins dropped when it would not fit).
    "parity": even coins 2, 4, ... and one odd coin just under an odd amount: the counts of
    the even amounts below grow far beyond 64 bits while the answer stays small."""
    n = max(0, min(n, 5000))
    if kind == "many":
        k = max(1, min(300, n // 16))
        pool = range(max(1, n // 4), max(n, 1) + 1)
        return fit(n, rng.sample(pool, min(k, len(pool))), rng)
    if kind == "small":
        return fit(n, [1] + rng.sample(range(2, 26), rng.randint(2, 4)), rng)
    if kind == "parity":
        amount = n if n % 2 else max(1, n - 1)
        evens = list(range(2, 2 * rng.randint(50, 150) + 1, 2))
        odd = max(1, amount - 2 * rng.randint(0, 15))
        return fit(amount, evens + [odd], rng)
    if n <= 12:
        return fit(n, rng.sample(range(1, n + 3), rng.randint(1, min(4, n + 2))), rng)
    k = rng.randint(1, 40)
    top = min(5000, max(k, rng.choice([n // 10, n // 3, n, 5000])))
    coins = rng.sample(range(1, top + 1), k)
    return fit(n, coins, rng)
