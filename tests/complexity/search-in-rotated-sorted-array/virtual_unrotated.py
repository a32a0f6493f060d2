# class: O(log n)
# problem: search-in-rotated-sorted-array
# note: finds the pivot, then binary searches a virtual unrotated array with index arithmetic
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
    lo, hi = 0, n - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        real = (mid + shift) % n
        if nums[real] == target:
            return real
        if nums[real] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
