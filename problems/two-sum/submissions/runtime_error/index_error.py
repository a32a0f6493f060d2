def two_sum(nums, target):
    # Bug: peeks at a third element, which a two-element input does not have.
    if nums[0] + nums[2] == target:
        return [0, 2]
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []
