def change(amount, coins):
    # ways[a]: combinations of the coins handled so far that make a. Taking the coins one at
    # a time in the outer loop counts each multiset once, never its orderings.
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
