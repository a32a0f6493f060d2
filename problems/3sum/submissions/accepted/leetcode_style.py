# LeetCode-style: class Solution, typing hints, no imports; a set per first value.
class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        nums.sort()
        res = set()
        for i in range(len(nums) - 2):
            if i and nums[i] == nums[i - 1]:
                continue
            seen = set()
            for x in nums[i + 1:]:
                if -nums[i] - x in seen:
                    res.add((nums[i], -nums[i] - x, x))
                seen.add(x)
        return [list(t) for t in res]
