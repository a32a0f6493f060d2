# Right counts, but out = out + [c] copies the whole list for every number: O(n^2).
def count_bits(n):
    out = [0]
    for i in range(1, n + 1):
        out = out + [out[i >> 1] + (i & 1)]
    return out
