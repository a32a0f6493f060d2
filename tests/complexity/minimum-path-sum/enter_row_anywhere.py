# class: O(n^3)
# problem: minimum-path-sum
# note: for every cell, tries every column the path could have entered its row from (running sum leftwards), without reusing the cell to its left
def min_path_sum(grid):
    rows, cols = len(grid), len(grid[0])
    prev = None
    for r in range(rows):
        row = grid[r]
        cur = [0] * cols
        for c in range(cols):
            best = None
            run = 0
            for k in range(c, -1, -1):
                run += row[k]
                if prev is None:
                    cand = run if k == 0 else None
                else:
                    cand = prev[k] + run
                if cand is not None and (best is None or cand < best):
                    best = cand
            cur[c] = best
        prev = cur
    return prev[-1]
