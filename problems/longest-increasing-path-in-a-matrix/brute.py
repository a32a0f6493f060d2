def longest_increasing_path(matrix):
    # Follow every strictly increasing path from every cell, remembering nothing: the number
    # of such paths can grow exponentially with the grid.
    rows, cols = len(matrix), len(matrix[0])

    def longest_from(r, c):
        best = 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                best = max(best, 1 + longest_from(nr, nc))
        return best

    return max(longest_from(r, c) for r in range(rows) for c in range(cols))
