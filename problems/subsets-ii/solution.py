def subsets_with_dup(nums):
    nums = sorted(nums)
    result, path = [], []

    def walk(start):
        result.append(path[:])
        for i in range(start, len(nums)):
            # At one depth, a value equal to the previous choice would repeat its subsets.
            if i > start and nums[i] == nums[i - 1]:
                continue
            path.append(nums[i])
            walk(i + 1)
            path.pop()

    walk(0)
    return result
