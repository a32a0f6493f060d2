class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # The best run between zeros starts at a zero's right or ends at a zero's left:
        # scan from both ends, restarting after each zero.
        best = max(nums)
        left = right = 1
        n = len(nums)
        for i in range(n):
            left = (left or 1) * nums[i]
            right = (right or 1) * nums[n - 1 - i]
            best = max(best, left, right)
        return best
