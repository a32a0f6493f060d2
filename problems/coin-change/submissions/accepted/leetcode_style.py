# LeetCode-style: top-down with functools.cache, typing hints, no imports.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        @cache
        def fewest(rest: int) -> float:
            if rest == 0:
                return 0
            return min((fewest(rest - c) + 1 for c in coins if c <= rest), default=inf)

        answer = fewest(amount)
        return -1 if answer == inf else answer
