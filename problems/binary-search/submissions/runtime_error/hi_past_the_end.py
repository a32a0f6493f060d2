# Bug: starts hi at len(nums) with an inclusive window, so a target above every value makes
# mid reach len(nums) and read past the end.
def search(nums, target):
    lo, hi = 0, len(nums)
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
