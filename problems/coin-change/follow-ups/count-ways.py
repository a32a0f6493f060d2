def coin_change(coins, amount):
    """Number of combinations (not orderings) of coins making the amount: O(amount * k)."""
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
