def reverse_bits(n):
    # The 32 binary digits as a string, reversed, read back in base 2.
    return int(format(n, "032b")[::-1], 2)
