# Bug: marks an index as used but never frees it, so later branches cannot reuse it.
def permute(nums):
    result, used = [], set()

    def walk(path):
        if len(path) == len(nums):
            result.append(path)
            return
        for i, x in enumerate(nums):
            if i not in used:
                used.add(i)
                walk(path + [x])

    walk([])
    return result
