def min_cost_climbing_stairs(cost):
    # best[i]: the cheapest way to stand on step i (free on steps 0 and 1). One, two or three
    # steps at a time; the top is step len(cost).
    n = len(cost)
    best = [0] * (n + 1)
    for i in range(2, n + 1):
        best[i] = min(best[i - k] + cost[i - k] for k in (1, 2, 3) if i - k >= 0)
    return best[n]
