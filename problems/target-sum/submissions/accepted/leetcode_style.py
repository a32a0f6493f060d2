# LeetCode-style: top-down over (index, running total), memoised; at most
# len(nums) * (2 * sum + 1) states.
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        @cache
        def count(i: int, running: int) -> int:
            if i == len(nums):
                return 1 if running == target else 0
            return count(i + 1, running + nums[i]) + count(i + 1, running - nums[i])

        return count(0, 0)
