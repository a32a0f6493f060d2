def max_profit(prices):
    # Every pair of days, buying on the first and selling on the second: O(n^2).
    best = 0
    for i, buy in enumerate(prices):
        for j in range(i + 1, len(prices)):
            if prices[j] - buy > best:
                best = prices[j] - buy
    return best
