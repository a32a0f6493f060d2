def min_path_sum(grid):
    rows, cols = len(grid), len(grid[0])
    r = c = 0
    total = grid[0][0]
    while (r, c) != (rows - 1, cols - 1):
        if r == rows - 1:
            c += 1
        elif c == cols - 1:
            r += 1
        elif grid[r + 1][c] < grid[r][c + 1]:
            r += 1
        else:
            c += 1
        total += grid[r][c]
    return total
