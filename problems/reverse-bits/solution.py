def reverse_bits(n):
    # Take the bits of n from the lowest up and push them into result from the other side.
    result = 0
    for _ in range(32):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result
