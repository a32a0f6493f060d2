# Bug: checks only the upper bounds, so it reads grid[-1] (wrapping around) and, at the bottom
# edge, past the last row.
def num_islands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and (r, c) not in seen:
                count += 1
                stack = [(r, c)]
                seen.add((r, c))
                while stack:
                    y, x = stack.pop()
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if grid[ny][nx] == "1" and (ny, nx) not in seen and ny < rows and nx < cols:
                            seen.add((ny, nx))
                            stack.append((ny, nx))
    return count
