# Binary search on the value: more than m values <= m means the duplicate is at most m.
# O(n log n) time, O(1) space, nums only read.
def find_duplicate(nums):
    lo, hi = 1, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(1 for x in nums if x <= mid) > mid:
            hi = mid
        else:
            lo = mid + 1
    return lo
