def two_sum(nums, target):
    """Two pointers from both ends of the sorted list: O(n) time, O(1) extra space."""
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        total = nums[lo] + nums[hi]
        if total == target:
            return [lo, hi]
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
