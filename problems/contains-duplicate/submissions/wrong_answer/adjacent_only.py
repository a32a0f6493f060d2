# Bug: compares neighbours without sorting first, so it misses duplicates that are apart.
def contains_duplicate(nums):
    return any(nums[i] == nums[i + 1] for i in range(len(nums) - 1))
