# class: O(n^2)
# problem: minimum-path-sum
# note: overwrites the grid with path sums; n x n cells (n rows of 1 to 6 columns up to n = 12)
def min_path_sum(grid):
    rows, cols = len(grid), len(grid[0])
    for r in range(rows):
        for c in range(cols):
            if r == 0 and c == 0:
                continue
            up = grid[r - 1][c] if r > 0 else float("inf")
            left = grid[r][c - 1] if c > 0 else float("inf")
            grid[r][c] += min(up, left)
    return grid[-1][-1]
