# Bug: the first value is compared with nums[-1]; when every value is equal, the round's start
# is read before it was ever set.
def subsets_with_dup(nums):
    nums = sorted(nums)
    result = [[]]
    for i in range(len(nums)):
        if nums[i] == nums[i - 1]:
            begin = previous_end
        else:
            begin = 0
        previous_end = len(result)
        result += [s + [nums[i]] for s in result[begin:]]
    return result
