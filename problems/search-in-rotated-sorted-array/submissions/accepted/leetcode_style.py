# LeetCode-style: find the pivot by binary search, then bisect the right half. No imports.
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
            part, offset = nums[pivot:], pivot
        else:
            part, offset = nums[:pivot], 0
        i = bisect_left(part, target)
        return offset + i if i < len(part) and part[i] == target else -1
