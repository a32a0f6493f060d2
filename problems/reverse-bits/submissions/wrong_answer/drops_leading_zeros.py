# Bug: bin() has no leading zeros, so only the significant bits are reversed (6 gives 3).
def reverse_bits(n):
    return int(bin(n)[2:][::-1], 2)
