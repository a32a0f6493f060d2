# LeetCode-style: a route is a choice of which m - 1 of its m + n - 2 moves go down.
class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return comb(m + n - 2, m - 1)
