def single_number(nums):
    # Per bit, the count of values with it set, modulo 3, is the single value's bit. Values are
    # shifted by 3 * 10^4 so that every one is non-negative and fits in 16 bits.
    offset = 3 * 10**4
    result = 0
    for bit in range(17):
        count = 0
        for x in nums:
            count += ((x + offset) >> bit) & 1
        if count % 3:
            result |= 1 << bit
    return result - offset
