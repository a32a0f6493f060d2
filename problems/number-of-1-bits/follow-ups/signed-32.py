def hamming_weight(n):
    # Python integers have no fixed width: a negative n has infinitely many leading ones.
    # Masking with 32 ones keeps exactly the 32 bits of its two's-complement form.
    n &= 0xFFFFFFFF
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
