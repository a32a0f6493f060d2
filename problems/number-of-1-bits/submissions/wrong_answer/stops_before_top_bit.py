# Bug: the loop stops while n is 1, so the highest set bit is never counted.
def hamming_weight(n):
    count = 0
    while n > 1:
        count += n & 1
        n >>= 1
    return count
