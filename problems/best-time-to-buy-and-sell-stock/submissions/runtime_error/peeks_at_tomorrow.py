# Bug: compares each day with the next one, reading past the last day.
def max_profit(prices):
    lowest = prices[0]
    best = 0
    for i in range(len(prices)):
        lowest = min(lowest, prices[i])
        if prices[i + 1] > lowest:
            best = max(best, prices[i + 1] - lowest)
    return best
