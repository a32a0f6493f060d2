# Bug: looks at nums[mid + 1] to spot the break; when there is no break the search runs to the
# last index and reads one past the end.
def find_min(nums):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[mid + 1]:
            return nums[mid + 1]
        if nums[mid] >= nums[0]:
            lo = mid + 1
        else:
            hi = mid - 1
    return nums[0]
