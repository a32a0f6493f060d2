# Bug: fills the first row with ones but leaves the first column at zero, so every cell
# below the first row misses the routes that come straight down the left edge.
def unique_paths(m, n):
    table = [[0] * n for _ in range(m)]
    table[0] = [1] * n
    for r in range(1, m):
        for c in range(1, n):
            table[r][c] = table[r - 1][c] + table[r][c - 1]
    return table[m - 1][n - 1]
