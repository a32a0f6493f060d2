# Bug: the source cell is written matrix[n - c][r] instead of matrix[n - 1 - c][r]; for c = 0
# that is row n, past the end: IndexError.
def rotate(matrix):
    n = len(matrix)
    turned = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            turned[r][c] = matrix[n - c][r]
    matrix[:] = turned
