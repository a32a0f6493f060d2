# Bug: `i > 0` instead of `i > start`, so a second copy is never taken and [2, 2] is lost.
def subsets_with_dup(nums):
    nums = sorted(nums)
    result, path = [], []

    def walk(start):
        result.append(path[:])
        for i in range(start, len(nums)):
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            path.append(nums[i])
            walk(i + 1)
            path.pop()

    walk(0)
    return result
