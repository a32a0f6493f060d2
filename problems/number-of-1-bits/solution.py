def hamming_weight(n):
    # n & (n - 1) clears the lowest set bit: one step per 1 bit.
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
