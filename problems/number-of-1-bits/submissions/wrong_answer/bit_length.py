# Bug: bit_length() is the position of the highest set bit plus one, not the number of set bits.
def hamming_weight(n):
    return n.bit_length()
