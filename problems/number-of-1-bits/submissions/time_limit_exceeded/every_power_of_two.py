# Looks for the powers of two inside n by trying every number up to n: linear in the value of n,
# which is exponential in its number of bits (about 2 * 10^9 steps for 2^31 - 1).
def hamming_weight(n):
    count = 0
    for x in range(1, n + 1):
        if x & (x - 1) == 0 and n & x:
            count += 1
    return count
