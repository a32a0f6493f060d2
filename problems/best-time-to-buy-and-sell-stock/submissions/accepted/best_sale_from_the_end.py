# Walks backwards keeping the highest later price: the best buy on each day.
def max_profit(prices):
    highest = 0
    best = 0
    for price in reversed(prices):
        highest = max(highest, price)
        best = max(best, highest - price)
    return best
