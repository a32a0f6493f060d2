def change(amount, coins):
    """Each coin value at most once: the amounts are walked downwards, so ways[a - c] still
    counts the combinations without this coin when it is added. O(amount * len(coins))."""
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(amount, c - 1, -1):
            ways[a] += ways[a - c]
    return ways[amount]
