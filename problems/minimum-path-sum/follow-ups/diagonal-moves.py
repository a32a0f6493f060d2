def min_path_sum(grid):
    prev = None
    for row in grid:
        cur = []
        for c, cost in enumerate(row):
            options = []
            if c > 0:
                options.append(cur[c - 1])
            if prev is not None:
                options.append(prev[c])
                if c > 0:
                    options.append(prev[c - 1])
            cur.append(cost + (min(options) if options else 0))
        prev = cur
    return prev[-1]
