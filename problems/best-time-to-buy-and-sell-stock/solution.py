def max_profit(prices):
    # Sell on each day against the cheapest day before it.
    lowest = prices[0]
    best = 0
    for price in prices:
        best = max(best, price - lowest)
        lowest = min(lowest, price)
    return best
