# Bug: transpose, then reverse the order of the rows: that is a counterclockwise turn.
def rotate(matrix):
    n = len(matrix)
    for r in range(n):
        for c in range(r + 1, n):
            matrix[r][c], matrix[c][r] = matrix[c][r], matrix[r][c]
    matrix.reverse()
