def min_path_sum(grid):
    rows, cols = len(grid), len(grid[0])

    def walk(r, c):
        if r == rows - 1 and c == cols - 1:
            return grid[r][c]
        options = []
        if r + 1 < rows:
            options.append(walk(r + 1, c))
        if c + 1 < cols:
            options.append(walk(r, c + 1))
        return grid[r][c] + min(options)

    return walk(0, 0)
