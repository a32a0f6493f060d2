# LeetCode-style: find the pivot by binary search, then bisect the sorted side it names, within
# bounds (no slice: copying a half would make the search O(n)). No imports.
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        lo, hi = 0, len(nums) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[hi]:
                lo = mid + 1
            else:
                hi = mid
        pivot = lo
        if nums[pivot] <= target <= nums[-1]:
            start, end = pivot, len(nums)
        else:
            start, end = 0, pivot
        i = bisect_left(nums, target, start, end)
        return i if i < end and nums[i] == target else -1
