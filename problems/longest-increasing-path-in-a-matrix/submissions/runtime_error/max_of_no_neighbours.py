# Bug: takes max() over the larger neighbours' answers, which raises ValueError at a cell
# with no larger neighbour (there is always one: a cell holding the largest value).
def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])
    memo = {}

    def longest_from(r, c):
        if (r, c) not in memo:
            nexts = [(nr, nc) for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                     if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]]
            memo[(r, c)] = 1 + max(longest_from(nr, nc) for nr, nc in nexts)
        return memo[(r, c)]

    return max(longest_from(r, c) for r in range(rows) for c in range(cols))
