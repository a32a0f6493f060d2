def is_interleave(s1, s2, s3):
    # The whole (len(s1) + 1) x (len(s2) + 1) table, filled row by row.
    n, m = len(s1), len(s2)
    if n + m != len(s3):
        return False
    table = [[False] * (m + 1) for _ in range(n + 1)]
    table[0][0] = True
    for i in range(n + 1):
        for j in range(m + 1):
            if i > 0 and table[i - 1][j] and s1[i - 1] == s3[i + j - 1]:
                table[i][j] = True
            elif j > 0 and table[i][j - 1] and s2[j - 1] == s3[i + j - 1]:
                table[i][j] = True
    return table[n][m]
