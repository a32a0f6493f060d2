def unique_paths(m, n):
    # ways[c]: routes reaching column c of the current row. A cell is reached from above
    # (ways[c], still the previous row's) or from the left (ways[c - 1], already this row's).
    ways = [1] * n
    for _ in range(1, m):
        for c in range(1, n):
            ways[c] += ways[c - 1]
    return ways[n - 1]
