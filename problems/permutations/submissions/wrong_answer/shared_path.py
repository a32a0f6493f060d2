# Bug: records the path list itself, which is emptied again by the pops that follow.
def permute(nums):
    result, path = [], []

    def walk():
        if len(path) == len(nums):
            result.append(path)
            return
        for x in nums:
            if x not in path:
                path.append(x)
                walk()
                path.pop()

    walk()
    return result
