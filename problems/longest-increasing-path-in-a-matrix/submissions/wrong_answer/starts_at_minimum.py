# Bug: assumes the longest path starts at the smallest value in the grid, and searches only
# from the cells holding it.
def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])
    memo = {}

    def longest_from(r, c):
        if (r, c) not in memo:
            best = 1
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                    best = max(best, 1 + longest_from(nr, nc))
            memo[(r, c)] = best
        return memo[(r, c)]

    low = min(min(row) for row in matrix)
    return max(longest_from(r, c) for r in range(rows) for c in range(cols) if matrix[r][c] == low)
