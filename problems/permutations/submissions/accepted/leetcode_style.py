# LeetCode-style: swap each remaining value into place, recurse, swap back; typing hints, no imports.
class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        res = []

        def go(start: int) -> None:
            if start == len(nums):
                res.append(nums[:])
                return
            for i in range(start, len(nums)):
                nums[start], nums[i] = nums[i], nums[start]
                go(start + 1)
                nums[start], nums[i] = nums[i], nums[start]

        go(0)
        return res
