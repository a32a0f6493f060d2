# Bug: the one-row table never updates its first cell, so "s3 starts with s1[:i]" is taken
# as true for every i, as if any prefix of s1 could open s3.
def is_interleave(s1, s2, s3):
    n, m = len(s1), len(s2)
    if n + m != len(s3):
        return False
    ok = [True] * (m + 1)
    for j in range(1, m + 1):
        ok[j] = ok[j - 1] and s2[j - 1] == s3[j - 1]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            c = s3[i + j - 1]
            ok[j] = (ok[j] and s1[i - 1] == c) or (ok[j - 1] and s2[j - 1] == c)
    return ok[m]
