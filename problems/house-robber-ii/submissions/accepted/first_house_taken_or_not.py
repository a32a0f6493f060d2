# One table per case: house 0 taken (so the last is not) or house 0 skipped. O(n).
def rob(nums):
    n = len(nums)
    if n == 1:
        return nums[0]
    best = 0
    for first in (True, False):
        take, skip = (nums[0], 0) if first else (0, 0)
        for i in range(1, n):
            if i == n - 1 and first:
                take, skip = skip, max(take, skip)
            else:
                take, skip = skip + nums[i], max(take, skip)
        best = max(best, take, skip)
    return best
