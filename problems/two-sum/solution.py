def two_sum(nums, target):
    # One pass: remember where each value was seen; look up the complement.
    seen = {}
    for i, x in enumerate(nums):
        j = seen.get(target - x)
        if j is not None:
            return [j, i]
        seen[x] = i
    return []
