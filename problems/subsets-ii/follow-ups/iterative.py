def subsets_with_dup(nums):
    # Grow the list value by value. A value equal to the previous one extends only the
    # subsets the previous value created; extending the older ones would repeat them.
    nums = sorted(nums)
    result = [[]]
    fresh_from = 0
    for i, x in enumerate(nums):
        begin = fresh_from if i > 0 and x == nums[i - 1] else 0
        fresh_from = len(result)
        result += [s + [x] for s in result[begin:]]
    return result
