def oranges_rotting(grid):
    # An orange rots at the length of its shortest path, through fresh oranges, to a rotten
    # one. Find it by trying every simple path from each fresh orange: exponential.
    rows, cols = len(grid), len(grid[0])

    def nearest(r, c, on_path):
        best = None
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if not (0 <= nr < rows and 0 <= nc < cols) or (nr, nc) in on_path:
                continue
            if grid[nr][nc] == 2:
                found = 1
            elif grid[nr][nc] == 1:
                on_path.add((nr, nc))
                rest = nearest(nr, nc, on_path)
                on_path.discard((nr, nc))
                found = None if rest is None else rest + 1
            else:
                found = None
            if found is not None and (best is None or found < best):
                best = found
        return best

    minutes = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1:
                d = nearest(r, c, {(r, c)})
                if d is None:
                    return -1
                minutes = max(minutes, d)
    return minutes
