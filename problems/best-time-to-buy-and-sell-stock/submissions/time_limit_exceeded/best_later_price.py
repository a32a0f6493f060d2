# Correct but quadratic: finds the highest later price for every buying day.
def max_profit(prices):
    best = 0
    for i in range(len(prices) - 1):
        best = max(best, max(prices[i + 1:]) - prices[i])
    return best
