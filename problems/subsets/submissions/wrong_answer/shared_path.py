def subsets(nums):
    result, path = [], []

    def walk(start):
        result.append(path)
        for i in range(start, len(nums)):
            path.append(nums[i])
            walk(i + 1)
            path.pop()

    walk(0)
    return result
