def set_zeroes(matrix):
    # Decide from an untouched copy: a cell becomes 0 when its row or its column in the
    # original holds a 0. O(m * n) time, O(m * n) extra space for the copy.
    original = [row[:] for row in matrix]
    columns = [list(column) for column in zip(*original)]
    row_has_zero = [0 in row for row in original]
    col_has_zero = [0 in column for column in columns]
    for r, row in enumerate(matrix):
        for c in range(len(row)):
            if row_has_zero[r] or col_has_zero[c]:
                row[c] = 0
