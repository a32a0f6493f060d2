def single_number(nums):
    # Pairs cancel under XOR; the single value remains.
    result = 0
    for x in nums:
        result ^= x
    return result
