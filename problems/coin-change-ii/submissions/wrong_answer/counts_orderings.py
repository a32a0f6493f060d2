# Bug: the amounts are in the outer loop and the coins in the inner one, which counts
# orderings (1 + 2 and 2 + 1 separately) instead of combinations.
def change(amount, coins):
    ways = [1] + [0] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a:
                ways[a] += ways[a - c]
    return ways[amount]
