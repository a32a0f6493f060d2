def max_profit(prices):
    # best[i]: the largest profit from day i on, owning nothing and free to buy on day i.
    # Either do nothing on day i, or buy on day i and sell on some later day j; the next
    # purchase can then come on day j + 2 at the earliest (day j + 1 is the cooldown).
    # Every sell day is tried for every buy day: O(n^2).
    n = len(prices)
    best = [0] * (n + 2)
    for i in range(n - 1, -1, -1):
        result = best[i + 1]
        for j in range(i + 1, n):
            result = max(result, prices[j] - prices[i] + best[j + 2])
        best[i] = result
    return best[0]
