# class: O(log n)
# problem: search-in-rotated-sorted-array
# note: finds the rotation point by binary search, then bisects the right half
import bisect

def search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    if target >= nums[0] and pivot > 0:
        i = bisect.bisect_left(nums, target, 0, pivot)
    else:
        i = bisect.bisect_left(nums, target, pivot, len(nums))
    return i if i < len(nums) and nums[i] == target else -1
