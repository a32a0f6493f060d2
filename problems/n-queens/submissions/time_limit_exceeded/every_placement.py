# Too slow: tries every choice of a column for each row, n^n placements (387 million for
# n = 9), and only then checks the columns and diagonals.
from itertools import product


def solve_n_queens(n):
    boards = []
    for cols in product(range(n), repeat=n):
        ok = True
        for r1 in range(n):
            for r2 in range(r1 + 1, n):
                if cols[r1] == cols[r2] or abs(cols[r1] - cols[r2]) == r2 - r1:
                    ok = False
        if ok:
            boards.append(["." * c + "Q" + "." * (n - 1 - c) for c in cols])
    return boards
