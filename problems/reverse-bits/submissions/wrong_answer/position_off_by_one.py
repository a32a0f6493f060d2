# Bug: bit i should land on bit 31 - i; 32 - i puts every bit one place too high.
def reverse_bits(n):
    result = 0
    for i in range(32):
        if n >> i & 1:
            result |= 1 << (32 - i)
    return result
