def hamming_weight(n):
    # Test each of the 32 bit positions.
    count = 0
    for i in range(32):
        if (n >> i) & 1:
            count += 1
    return count
