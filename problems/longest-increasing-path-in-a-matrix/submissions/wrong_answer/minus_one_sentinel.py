# Bug: starts every search with -1 as "the previous value", as if values were never negative;
# a cell holding -1 or less is then never counted.
def longest_increasing_path(matrix):
    rows, cols = len(matrix), len(matrix[0])
    memo = {}

    def longest(r, c, previous):
        if not (0 <= r < rows and 0 <= c < cols) or matrix[r][c] <= previous:
            return 0
        if (r, c) not in memo:
            here = matrix[r][c]
            memo[(r, c)] = 1 + max(longest(r - 1, c, here), longest(r + 1, c, here),
                                   longest(r, c - 1, here), longest(r, c + 1, here))
        return memo[(r, c)]

    return max(longest(r, c, -1) for r in range(rows) for c in range(cols))
