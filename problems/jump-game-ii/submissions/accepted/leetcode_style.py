class Solution:
    def jump(self, nums: List[int]) -> int:
        # BFS over windows [left, right] of indices reached with the same number of jumps.
        jumps = 0
        left = right = 0
        while right < len(nums) - 1:
            reach = max(i + nums[i] for i in range(left, right + 1))
            left, right = right + 1, reach
            jumps += 1
        return jumps
