def is_interleave(s1, s2, s3):
    n, m = len(s1), len(s2)
    if n + m != len(s3):
        return False
    # Row i of the table: ok[j] says whether s1[:i] and s2[:j] interleave into s3[:i + j].
    # The last letter of s3[:i + j] comes either from s1 (then row i - 1 must allow it, same j)
    # or from s2 (then the cell to the left must), so one row is enough.
    ok = [True] * (m + 1)
    for j in range(1, m + 1):
        ok[j] = ok[j - 1] and s2[j - 1] == s3[j - 1]  # row 0: s3 starts with s2[:j]
    for i in range(1, n + 1):
        a = s1[i - 1]
        ok[0] = ok[0] and a == s3[i - 1]  # column 0: s3 starts with s1[:i]
        for j in range(1, m + 1):
            c = s3[i + j - 1]
            ok[j] = (ok[j] and a == c) or (ok[j - 1] and s2[j - 1] == c)
    return ok[m]
