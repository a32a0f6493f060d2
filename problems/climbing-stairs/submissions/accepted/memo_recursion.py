# Top-down: the plain recursion with a cache, so each step's count is computed once. O(n).
from functools import lru_cache


def climb_stairs(n):
    @lru_cache(maxsize=None)
    def ways(k):
        if k <= 1:
            return 1
        return ways(k - 1) + ways(k - 2)

    return ways(n)
