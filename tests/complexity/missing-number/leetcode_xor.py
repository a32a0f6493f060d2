# class: O(n)
# problem: missing-number
# note: LeetCode style: xor of indices and values
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        acc = len(nums)
        for i, x in enumerate(nums):
            acc ^= i ^ x
        return acc
