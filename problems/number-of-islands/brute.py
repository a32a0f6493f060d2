def num_islands(grid):
    # Union-find over every land cell, without any cleverness.
    rows, cols = len(grid), len(grid[0])
    parent = {}

    def find(a):
        while parent[a] != a:
            a = parent[a]
        return a

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1":
                parent[(r, c)] = (r, c)
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            for nr, nc in ((r + 1, c), (r, c + 1)):
                if nr < rows and nc < cols and grid[nr][nc] == "1":
                    a, b = find((r, c)), find((nr, nc))
                    if a != b:
                        parent[a] = b
    return len({find(k) for k in parent})
