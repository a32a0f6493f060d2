# Bug: the recursion has no base case; at n = 0 it keeps calling itself until RecursionError.
def hamming_weight(n):
    return (n & 1) + hamming_weight(n >> 1)
