# Bug: the transpose visits every (r, c), so each pair is swapped twice and ends where it
# started; only the row reversal remains, a left-right mirror instead of a turn.
def rotate(matrix):
    n = len(matrix)
    for r in range(n):
        for c in range(n):
            matrix[r][c], matrix[c][r] = matrix[c][r], matrix[r][c]
    for row in matrix:
        row.reverse()
