# Depth-first search with a memo: the longest path starting at a cell is one more than the
# longest starting at its best larger neighbour, and each cell is solved once.
def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])
    memo = {}

    def longest_from(r, c):
        if (r, c) in memo:
            return memo[(r, c)]
        best = 1
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                candidate = 1 + longest_from(nr, nc)
                if candidate > best:
                    best = candidate
        memo[(r, c)] = best
        return best

    return max(longest_from(r, c) for r in range(rows) for c in range(cols))
