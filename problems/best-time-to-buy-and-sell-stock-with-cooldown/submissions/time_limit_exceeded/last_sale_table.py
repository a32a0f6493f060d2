# Correct but quadratic: for every day j, the best profit whose last sale is on day j, found by
# trying every buying day i before it (the profit before i must end by day i - 2).
def max_profit(prices):
    n = len(prices)
    last_sale = [0] * n
    best_by = [0] * n  # best profit with every sale on or before that day
    for j in range(n):
        for i in range(j):
            before = best_by[i - 2] if i >= 2 else 0
            last_sale[j] = max(last_sale[j], before + prices[j] - prices[i])
        best_by[j] = max(best_by[j - 1] if j else 0, last_sale[j])
    return best_by[-1]
