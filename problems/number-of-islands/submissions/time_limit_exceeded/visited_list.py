# Correct but quadratic: keeps visited cells in a list, so every membership test scans it.
def num_islands(grid):
    rows, cols = len(grid), len(grid[0])
    visited = []
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and (r, c) not in visited:
                count += 1
                stack = [(r, c)]
                visited.append((r, c))
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and (ny, nx) not in visited:
                            visited.append((ny, nx))
                            stack.append((ny, nx))
    return count
