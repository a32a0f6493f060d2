# Bug: takes max() over the rotting times of the fresh oranges, which raises ValueError when
# there is no fresh orange at all.
from collections import deque


def oranges_rotting(grid):
    rows, cols = len(grid), len(grid[0])
    when = {}
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 2:
                when[(r, c)] = 0
                queue.append((r, c))
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and (nr, nc) not in when:
                when[(nr, nc)] = when[(r, c)] + 1
                queue.append((nr, nc))
    fresh = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 1]
    if any(cell not in when for cell in fresh):
        return -1
    return max(when[cell] for cell in fresh)
