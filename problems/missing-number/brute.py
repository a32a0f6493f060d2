def missing_number(nums):
    for x in range(len(nums) + 1):
        if x not in nums:
            return x
