# Bug: the table has one entry per step but the answer is read at index len(cost), the top.
def min_cost_climbing_stairs(cost):
    n = len(cost)
    best = [0] * n
    for i in range(2, n):
        best[i] = min(best[i - 1] + cost[i - 1], best[i - 2] + cost[i - 2])
    return min(best[n - 1] + cost[n - 1], best[n])
