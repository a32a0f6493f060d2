# Bug: skips a value equal to its left neighbour without sorting first, so repeats that are not
# adjacent in the input still produce the same subset twice.
def subsets_with_dup(nums):
    result, path = [], []

    def walk(start):
        result.append(path[:])
        for i in range(start, len(nums)):
            if i > start and nums[i] == nums[i - 1]:
                continue
            path.append(nums[i])
            walk(i + 1)
            path.pop()

    walk(0)
    return result
