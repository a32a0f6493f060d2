# Correct but exponential: a depth-first search from each rotten orange that follows every
# simple path and keeps the shortest time found for each orange, with no pruning.
def oranges_rotting(grid):
    rows, cols = len(grid), len(grid[0])
    best = {}

    def spread(r, c, t, path):
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and (nr, nc) not in path:
                best[(nr, nc)] = min(best.get((nr, nc), t + 1), t + 1)
                path.add((nr, nc))
                spread(nr, nc, t + 1, path)
                path.discard((nr, nc))

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 2:
                spread(r, c, 0, {(r, c)})
    fresh = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 1]
    if any(cell not in best for cell in fresh):
        return -1
    return max((best[cell] for cell in fresh), default=0)
