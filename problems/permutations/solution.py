def permute(nums):
    result, path = [], []
    taken = [False] * len(nums)

    def walk():
        if len(path) == len(nums):
            result.append(path[:])
            return
        for i, x in enumerate(nums):
            if taken[i]:
                continue
            taken[i] = True
            path.append(x)
            walk()
            path.pop()
            taken[i] = False

    walk()
    return result
