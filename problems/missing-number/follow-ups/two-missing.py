def missing_number(nums):
    n = len(nums) + 2
    both = 0
    for x in range(n):
        both ^= x
    for x in nums:
        both ^= x
    bit = both & -both
    a = 0
    for x in range(n):
        if x & bit:
            a ^= x
    for x in nums:
        if x & bit:
            a ^= x
    b = both ^ a
    return [min(a, b), max(a, b)]
