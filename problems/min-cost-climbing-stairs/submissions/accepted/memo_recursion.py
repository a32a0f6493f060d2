# Top-down with a cache: the cheapest climb from each step is computed once. O(n).
from functools import lru_cache


def min_cost_climbing_stairs(cost):
    n = len(cost)

    @lru_cache(maxsize=None)
    def climb(i):
        if i >= n:
            return 0
        return cost[i] + min(climb(i + 1), climb(i + 2))

    return min(climb(0), climb(1))
