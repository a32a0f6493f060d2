LIMIT = 2**31 - 1


def combinations_capped(amount, coins):
    """The number of combinations, or LIMIT + 1 when it is larger (each count capped there,
    which keeps the integers small: the sums are of non-negative terms)."""
    cap = LIMIT + 1
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            w = ways[a] + ways[a - c]
            ways[a] = w if w < cap else cap
    return ways[amount]


def validate(input):
    amount, coins = input["amount"], input["coins"]
    assert isinstance(amount, int) and not isinstance(amount, bool), "amount is not an integer"
    assert 0 <= amount <= 5000, f"amount {amount} is outside 0..5000"
    assert 1 <= len(coins) <= 300, f"len(coins) = {len(coins)} is outside 1..300"
    assert all(isinstance(c, int) and not isinstance(c, bool) for c in coins), "a coin is not an integer"
    assert all(1 <= c <= 5000 for c in coins), "a coin is outside 1..5000"
    assert len(set(coins)) == len(coins), "coin values repeat"
    assert combinations_capped(amount, coins) <= LIMIT, "the answer does not fit in a signed 32-bit integer"
