# Bug: collects the areas and returns max() of them, which raises ValueError on a map with no
# land.
def max_area_of_island(grid):
    rows, cols = len(grid), len(grid[0])
    seen = set()
    areas = []
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and (r, c) not in seen:
                seen.add((r, c))
                stack = [(r, c)]
                area = 0
                while stack:
                    y, x = stack.pop()
                    area += 1
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and (ny, nx) not in seen:
                            seen.add((ny, nx))
                            stack.append((ny, nx))
                areas.append(area)
    return max(areas)
