def contains_duplicate(nums):
    # Sorting in place brings equal values together; no set, no copy.
    nums.sort()
    for i in range(1, len(nums)):
        if nums[i] == nums[i - 1]:
            return True
    return False
