def solve_n_queens(n):
    result = []
    queen_col = [0] * n
    cols, downs, ups = set(), set(), set()

    def place(row):
        if row == n:
            result.append(["." * c + "Q" + "." * (n - c - 1) for c in queen_col])
            return
        for c in range(n):
            # Along a "\" diagonal row - c is constant; along a "/" diagonal row + c is.
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
    return result
