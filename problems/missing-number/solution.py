def missing_number(nums):
    missing = len(nums)
    for i, x in enumerate(nums):
        missing ^= i ^ x
    return missing
