def max_profit(prices):
    # Every daily rise can be taken on its own; a fall is never held through.
    total = 0
    for i in range(1, len(prices)):
        if prices[i] > prices[i - 1]:
            total += prices[i] - prices[i - 1]
    return total
