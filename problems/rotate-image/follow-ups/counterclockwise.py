def rotate(matrix):
    # Counterclockwise: transpose, then reverse the order of the rows (a top-bottom flip).
    n = len(matrix)
    for r in range(n):
        for c in range(r + 1, n):
            matrix[r][c], matrix[c][r] = matrix[c][r], matrix[r][c]
    top, bottom = 0, n - 1
    while top < bottom:
        matrix[top], matrix[bottom] = matrix[bottom], matrix[top]
        top, bottom = top + 1, bottom - 1
