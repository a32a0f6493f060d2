# The counts of all 256 bytes, built once; four lookups per number.
TABLE = [0] * 256
for i in range(1, 256):
    TABLE[i] = TABLE[i >> 1] + (i & 1)


def hamming_weight(n):
    return TABLE[n & 255] + TABLE[(n >> 8) & 255] + TABLE[(n >> 16) & 255] + TABLE[(n >> 24) & 255]
