# class: O(n)
# problem: jump-game
# note: LeetCode style: walks backwards moving the goal to any index that reaches it (always a full pass)
class Solution:
    def canJump(self, nums: List[int]) -> bool:
        goal = len(nums) - 1
        for i in range(len(nums) - 2, -1, -1):
            if i + nums[i] >= goal:
                goal = i
        return goal == 0
