# Bug: the last loop clears the first column over range(n) instead of range(m); on a matrix
# wider than it is tall that runs past the last row: IndexError.
def set_zeroes(matrix):
    m, n = len(matrix), len(matrix[0])
    first_row_zero = 0 in matrix[0]
    first_col_zero = any(matrix[r][0] == 0 for r in range(m))
    for r in range(1, m):
        for c in range(1, n):
            if matrix[r][c] == 0:
                matrix[r][0] = matrix[0][c] = 0
    for r in range(1, m):
        for c in range(1, n):
            if matrix[r][0] == 0 or matrix[0][c] == 0:
                matrix[r][c] = 0
    if first_row_zero:
        matrix[0] = [0] * n
    if first_col_zero:
        for r in range(n):
            matrix[r][0] = 0
