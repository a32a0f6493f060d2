def set_zeroes(matrix):
    # First pass: remember which rows and which columns hold a 0 in the original matrix.
    # Second pass: clear every cell in one of them. Deciding from the remembered sets, never
    # from the cells already cleared, keeps the new zeros from spreading.
    # O(m * n) time, O(m + n) extra space.
    zero_rows, zero_cols = set(), set()
    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            if value == 0:
                zero_rows.add(r)
                zero_cols.add(c)
    for r, row in enumerate(matrix):
        for c in range(len(row)):
            if r in zero_rows or c in zero_cols:
                row[c] = 0
