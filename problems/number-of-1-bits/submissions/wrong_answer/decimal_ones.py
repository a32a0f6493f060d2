# Bug: counts the 1 digits of the decimal form, not of the binary one.
def hamming_weight(n):
    return str(n).count("1")
