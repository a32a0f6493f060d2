# Bug: clears a row and a column as soon as it meets a 0, so the zeros it has just written
# are met later in the scan and clear their own rows and columns too.
def set_zeroes(matrix):
    m, n = len(matrix), len(matrix[0])
    for r in range(m):
        for c in range(n):
            if matrix[r][c] == 0:
                for j in range(n):
                    matrix[r][j] = 0
                for i in range(m):
                    matrix[i][c] = 0
