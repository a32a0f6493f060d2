# Union-find over land cells with union by size; the answer is the largest set.
def max_area_of_island(grid):
    rows, cols = len(grid), len(grid[0])
    parent = list(range(rows * cols))
    size = [1] * (rows * cols)

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1:
                continue
            for nr, nc in ((r + 1, c), (r, c + 1)):
                if nr < rows and nc < cols and grid[nr][nc] == 1:
                    a, b = find(r * cols + c), find(nr * cols + nc)
                    if a != b:
                        if size[a] < size[b]:
                            a, b = b, a
                        parent[b] = a
                        size[a] += size[b]
    return max((size[find(r * cols + c)] for r in range(rows) for c in range(cols) if grid[r][c] == 1), default=0)
