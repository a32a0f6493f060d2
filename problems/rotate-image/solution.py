def rotate(matrix):
    # A clockwise quarter turn is a transpose followed by reversing every row; both are done
    # in place. O(n^2) time, O(1) extra space.
    n = len(matrix)
    for r in range(n):
        for c in range(r + 1, n):
            matrix[r][c], matrix[c][r] = matrix[c][r], matrix[r][c]
    for row in matrix:
        row.reverse()
