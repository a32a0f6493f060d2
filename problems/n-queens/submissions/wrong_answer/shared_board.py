# Bug: records the board object itself; the backtracking then clears its queens again, so every
# recorded board ends up with no queen at all.
def solve_n_queens(n):
    found = []
    board = [["."] * n for _ in range(n)]
    cols, diag, anti = set(), set(), set()

    def backtrack(r):
        if r == n:
            found.append(board)
            return
        for c in range(n):
            if c in cols or r - c in diag or r + c in anti:
                continue
            cols.add(c)
            diag.add(r - c)
            anti.add(r + c)
            board[r][c] = "Q"
            backtrack(r + 1)
            board[r][c] = "."
            cols.remove(c)
            diag.remove(r - c)
            anti.remove(r + c)

    backtrack(0)
    return [["".join(row) for row in b] for b in found]
