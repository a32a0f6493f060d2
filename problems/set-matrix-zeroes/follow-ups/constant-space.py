def set_zeroes(matrix):
    # The first row and the first column record which columns and rows to clear. Whether
    # they themselves held a 0 is saved first, in two booleans, and they are cleared last.
    # O(m * n) time, O(1) extra space.
    m, n = len(matrix), len(matrix[0])
    first_row_zero = any(value == 0 for value in matrix[0])
    first_col_zero = any(matrix[r][0] == 0 for r in range(m))
    for r in range(1, m):
        for c in range(1, n):
            if matrix[r][c] == 0:
                matrix[r][0] = 0
                matrix[0][c] = 0
    for r in range(1, m):
        for c in range(1, n):
            if matrix[r][0] == 0 or matrix[0][c] == 0:
                matrix[r][c] = 0
    if first_row_zero:
        for c in range(n):
            matrix[0][c] = 0
    if first_col_zero:
        for r in range(m):
            matrix[r][0] = 0
