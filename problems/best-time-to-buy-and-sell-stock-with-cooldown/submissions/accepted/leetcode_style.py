# LeetCode-style: class Solution, typing hints, no imports; buy / sell / rest states.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        buy = float("-inf")
        sell = 0
        rest = 0
        for p in prices:
            prev_sell = sell
            sell = buy + p
            buy = max(buy, rest - p)
            rest = max(rest, prev_sell)
        return max(sell, rest)
