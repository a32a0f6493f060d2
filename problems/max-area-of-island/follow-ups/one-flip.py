def max_area_of_island(grid):
    # Label each island with an id and record its area; a water cell turned to land joins the
    # distinct islands around it: 1 + the sum of their areas.
    rows, cols = len(grid), len(grid[0])
    label = [[0] * cols for _ in range(rows)]
    area = {}
    next_id = 1
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or label[r][c]:
                continue
            label[r][c] = next_id
            stack = [(r, c)]
            size = 0
            while stack:
                y, x = stack.pop()
                size += 1
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and not label[ny][nx]:
                        label[ny][nx] = next_id
                        stack.append((ny, nx))
            area[next_id] = size
            next_id += 1
    best = max(area.values(), default=0)
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 0:
                around = {label[y][x] for y, x in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1))
                          if 0 <= y < rows and 0 <= x < cols and label[y][x]}
                best = max(best, 1 + sum(area[i] for i in around))
    return best
