# Bug: the table has m rows and n columns, but the answer is read one past both ends.
def unique_paths(m, n):
    table = [[1] * n for _ in range(m)]
    for r in range(1, m):
        for c in range(1, n):
            table[r][c] = table[r - 1][c] + table[r][c - 1]
    return table[m][n]
