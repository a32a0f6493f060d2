# Prefix sums: the sum of nums[i..j] is prefix(j + 1) - prefix(i), so for each end subtract the
# smallest prefix seen before it.
def max_sub_array(nums):
    prefix = 0
    lowest = 0
    best = float("-inf")
    for x in nums:
        prefix += x
        best = max(best, prefix - lowest)
        lowest = min(lowest, prefix)
    return best
