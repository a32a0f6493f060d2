# Bug: fills a table from the bottom-right corner as in grid path problems, so only moves to
# the right and down are ever followed; a path that turns left or up is missed.
def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])
    longest = [[1] * cols for _ in range(rows)]
    best = 1
    for r in range(rows - 1, -1, -1):
        for c in range(cols - 1, -1, -1):
            if r + 1 < rows and matrix[r + 1][c] > matrix[r][c]:
                longest[r][c] = max(longest[r][c], longest[r + 1][c] + 1)
            if c + 1 < cols and matrix[r][c + 1] > matrix[r][c]:
                longest[r][c] = max(longest[r][c], longest[r][c + 1] + 1)
            best = max(best, longest[r][c])
    return best
