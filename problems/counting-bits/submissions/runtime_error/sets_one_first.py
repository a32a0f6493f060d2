# Bug: fills in the count of 1 before the loop, but for n = 0 the list has no position 1.
def count_bits(n):
    bits = [0] * (n + 1)
    bits[1] = 1
    for i in range(2, n + 1):
        bits[i] = bits[i // 2] + i % 2
    return bits
