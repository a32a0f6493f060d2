# Bug: compares the middle with the left end, which cannot tell a sorted range from one whose
# break is right of the middle; on a list that is not rotated it walks away from the minimum.
def find_min(nums):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] >= nums[lo]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]
