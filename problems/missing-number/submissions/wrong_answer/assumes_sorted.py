def missing_number(nums):
    for i, x in enumerate(nums):
        if i != x:
            return i
    return len(nums)
