# class: O(log n)
# problem: search-in-rotated-sorted-array
# note: LeetCode style, recursive halving
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        def go(lo, hi):
            if lo > hi:
                return -1
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[lo] <= nums[mid]:
                if nums[lo] <= target < nums[mid]:
                    return go(lo, mid - 1)
                return go(mid + 1, hi)
            if nums[mid] < target <= nums[hi]:
                return go(mid + 1, hi)
            return go(lo, mid - 1)
        return go(0, len(nums) - 1)
