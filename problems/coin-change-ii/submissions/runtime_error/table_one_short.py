# Bug: the table has `amount` entries, so index `amount` (and index 0 when amount is 0) does
# not exist.
def change(amount, coins):
    ways = [0] * amount
    ways[0] = 1
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
