def rotate(matrix):
    # Straight from the definition: the new row r is the old column r read from the bottom up.
    # Built in a second matrix, then copied back. O(n^2) time, O(n^2) extra space.
    n = len(matrix)
    turned = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            turned[c][n - 1 - r] = matrix[r][c]
    for r in range(n):
        for c in range(n):
            matrix[r][c] = turned[r][c]
