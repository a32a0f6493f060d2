# Bug: range(33) runs one round past the width; at i = 32 the shift count 31 - i is negative
# and Python raises ValueError.
def reverse_bits(n):
    result = 0
    for i in range(33):
        result |= ((n >> i) & 1) << (31 - i)
    return result
