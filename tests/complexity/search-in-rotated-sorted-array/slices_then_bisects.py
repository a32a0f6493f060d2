# class: O(n)
# problem: search-in-rotated-sorted-array
# note: finds the rotation point by binary search, then copies a half (a slice) to bisect it: the copy is O(n), at C speed
from bisect import bisect_left


def search(nums, target):
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
