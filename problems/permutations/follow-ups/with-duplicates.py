def permute(nums):
    nums = sorted(nums)
    result, path = [], []
    taken = [False] * len(nums)

    def walk():
        if len(path) == len(nums):
            result.append(path[:])
            return
        for i, x in enumerate(nums):
            if taken[i]:
                continue
            # Equal values are used left to right, so each arrangement is built once.
            if i > 0 and x == nums[i - 1] and not taken[i - 1]:
                continue
            taken[i] = True
            path.append(x)
            walk()
            path.pop()
            taken[i] = False

    walk()
    return result
