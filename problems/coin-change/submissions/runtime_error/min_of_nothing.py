# Bug: min() over no candidates raises ValueError when no coin fits some amount.
def coin_change(coins, amount):
    best = [0] * (amount + 1)
    for a in range(1, amount + 1):
        best[a] = min(best[a - c] + 1 for c in coins if c <= a)
    return best[amount]
