# Bug: the highest prefix sum minus the lowest, without checking that the lowest comes first;
# a subarray must end after it starts.
def max_sub_array(nums):
    prefix = 0
    highest = lowest = 0
    for x in nums:
        prefix += x
        highest = max(highest, prefix)
        lowest = min(lowest, prefix)
    if highest == lowest:
        return max(nums)
    return highest - lowest
