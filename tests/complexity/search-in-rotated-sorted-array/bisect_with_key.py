# class: O(log n)
# problem: search-in-rotated-sorted-array
# note: bisect over index positions with a key that reads the rotated array
from bisect import bisect_left

def search(nums, target):
    n = len(nums)
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    shift = lo
    i = bisect_left(range(n), target, key=lambda k: nums[(k + shift) % n])
    if i < n and nums[(i + shift) % n] == target:
        return (i + shift) % n
    return -1
