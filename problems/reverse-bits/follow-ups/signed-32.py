def reverse_bits(n):
    # Keep the 32 bits of the two's-complement form, reverse them, and read the result back
    # as signed: with bit 31 set it stands for the value minus 2^32.
    n &= 0xFFFFFFFF
    result = 0
    for _ in range(32):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result - (1 << 32) if result >> 31 else result
