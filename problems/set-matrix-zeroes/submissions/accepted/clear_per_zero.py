# Finds the zeros first, then clears a row and a column per zero: right, but up to
# m * n * (m + n) writes when zeros are many. Fast enough at 200 x 200.
def set_zeroes(matrix):
    m, n = len(matrix), len(matrix[0])
    zeros = [(r, c) for r in range(m) for c in range(n) if matrix[r][c] == 0]
    for r, c in zeros:
        for j in range(n):
            matrix[r][j] = 0
        for i in range(m):
            matrix[i][c] = 0
