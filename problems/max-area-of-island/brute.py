def max_area_of_island(grid):
    # For every land cell, measure its island from scratch: O(cells * island size).
    rows, cols = len(grid), len(grid[0])
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1:
                continue
            reached = {(r, c)}
            frontier = [(r, c)]
            while frontier:
                y, x = frontier.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and (ny, nx) not in reached:
                        reached.add((ny, nx))
                        frontier.append((ny, nx))
            best = max(best, len(reached))
    return best
