# class: O(n)
# problem: number-of-islands
# note: union-find with path halving over land cells
def num_islands(grid):
    rows, cols = len(grid), len(grid[0]) if grid else 0
    parent = {}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1":
                parent[(r, c)] = (r, c)
    for (r, c) in list(parent):
        for nb in ((r + 1, c), (r, c + 1)):
            if nb in parent:
                ra, rb = find((r, c)), find(nb)
                if ra != rb:
                    parent[ra] = rb
    return sum(1 for cell in parent if find(cell) == cell)
