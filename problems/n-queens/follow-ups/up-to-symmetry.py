def solve_n_queens(n):
    # Every board as its queen columns, row by row.
    boards, queen_col = [], [0] * n
    cols, downs, ups = set(), set(), set()

    def place(row):
        if row == n:
            boards.append(tuple(queen_col))
            return
        for c in range(n):
            if c in cols or row - c in downs or row + c in ups:
                continue
            queen_col[row] = c
            cols.add(c)
            downs.add(row - c)
            ups.add(row + c)
            place(row + 1)
            cols.remove(c)
            downs.remove(row - c)
            ups.remove(row + c)

    place(0)

    m = n - 1
    # The 8 symmetries of the square, each sending square (r, c) to another square.
    symmetries = [
        lambda r, c: (r, c),
        lambda r, c: (c, m - r),
        lambda r, c: (m - r, m - c),
        lambda r, c: (m - c, r),
        lambda r, c: (r, m - c),
        lambda r, c: (m - r, c),
        lambda r, c: (c, r),
        lambda r, c: (m - c, m - r),
    ]

    def image(board, move):
        out = [0] * n
        for r, c in enumerate(board):
            r2, c2 = move(r, c)
            out[r2] = c2
        return tuple(out)

    # Keep a board when it is the smallest of its family.
    kept = [b for b in boards if all(b <= image(b, move) for move in symmetries)]
    return [["." * c + "Q" + "." * (m - c) for c in b] for b in kept]
