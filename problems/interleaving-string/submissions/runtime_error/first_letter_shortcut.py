# Bug: a quick rejection reads the first letters without checking that the strings are not
# empty, so an empty s1 or s2 raises IndexError. The rest is a correct one-row table.
def is_interleave(s1, s2, s3):
    n, m = len(s1), len(s2)
    if n + m != len(s3):
        return False
    if s1[0] != s3[0] and s2[0] != s3[0]:
        return False
    ok = [True] * (m + 1)
    for j in range(1, m + 1):
        ok[j] = ok[j - 1] and s2[j - 1] == s3[j - 1]
    for i in range(1, n + 1):
        ok[0] = ok[0] and s1[i - 1] == s3[i - 1]
        for j in range(1, m + 1):
            c = s3[i + j - 1]
            ok[j] = (ok[j] and s1[i - 1] == c) or (ok[j - 1] and s2[j - 1] == c)
    return ok[m]
