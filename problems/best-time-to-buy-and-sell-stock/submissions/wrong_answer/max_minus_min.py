# Bug: ignores the order of the days; the cheapest day may come after the dearest one.
def max_profit(prices):
    return max(prices) - min(prices)
