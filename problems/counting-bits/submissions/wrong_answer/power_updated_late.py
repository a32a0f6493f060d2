# Bug: moves to the next power of two only after using the old one, so every power of two
# (2, 4, 8, ...) is counted from the wrong number.
def count_bits(n):
    bits = [0] * (n + 1)
    p = 1
    for i in range(1, n + 1):
        bits[i] = bits[i - p] + 1
        if p * 2 == i:
            p = i
    return bits
