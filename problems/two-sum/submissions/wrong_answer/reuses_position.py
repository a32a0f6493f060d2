def two_sum(nums, target):
    # Bug: stores the value before looking up its complement, so x + x == target pairs a
    # position with itself.
    seen = {}
    for i, x in enumerate(nums):
        seen[x] = i
        if target - x in seen:
            return [seen[target - x], i]
    return []
