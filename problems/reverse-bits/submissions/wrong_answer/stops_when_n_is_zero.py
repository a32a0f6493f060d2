# Bug: stops as soon as the remaining bits of n are 0, so the answer is never shifted into place.
def reverse_bits(n):
    result = 0
    while n:
        result = (result << 1) | (n & 1)
        n >>= 1
    return result
