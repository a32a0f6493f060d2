# Bug: adds 1 for every number, but dropping the lowest bit loses a 1 only when i is odd.
def count_bits(n):
    bits = [0] * (n + 1)
    for i in range(1, n + 1):
        bits[i] = bits[i >> 1] + 1
    return bits
