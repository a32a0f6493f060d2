def rotate(matrix):
    n = len(matrix)
    for r in range(n):
        for c in range(r):
            matrix[r][c], matrix[c][r] = matrix[c][r], matrix[r][c]
    for r in range(n):
        matrix[r] = matrix[r][::-1]
