# Bug: treats amount 0 as "nothing can be made" although the empty combination makes it.
def change(amount, coins):
    if amount == 0:
        return 0
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
