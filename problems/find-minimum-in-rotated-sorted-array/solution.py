def find_min(nums):
    # The minimum lies in nums[lo..hi]; compare the middle with the right end to halve the range.
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]
