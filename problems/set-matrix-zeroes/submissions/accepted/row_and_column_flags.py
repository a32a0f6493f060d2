def set_zeroes(matrix):
    rows = [any(x == 0 for x in row) for row in matrix]
    cols = [any(x == 0 for x in col) for col in zip(*matrix)]
    for r, row in enumerate(matrix):
        if rows[r]:
            row[:] = [0] * len(row)
            continue
        for c, clear in enumerate(cols):
            if clear:
                row[c] = 0
