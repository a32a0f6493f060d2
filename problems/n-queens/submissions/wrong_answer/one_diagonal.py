# Bug: checks columns and the "\" diagonals (row - col) but forgets the "/" diagonals (row + col).
def solve_n_queens(n):
    result, placed = [], []
    cols, diags = set(), set()

    def place(row):
        if row == n:
            result.append(["." * c + "Q" + "." * (n - 1 - c) for c in placed])
            return
        for c in range(n):
            if c in cols or row - c in diags:
                continue
            cols.add(c)
            diags.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            diags.remove(row - c)

    place(0)
    return result
