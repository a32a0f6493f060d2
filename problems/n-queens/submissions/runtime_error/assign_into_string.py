# Bug: the board is a list of strings, and Python strings cannot be changed in place:
# board[r][c] = "Q" raises TypeError.
def solve_n_queens(n):
    result = []
    board = ["." * n for _ in range(n)]
    cols, diag, anti = set(), set(), set()

    def backtrack(r):
        if r == n:
            result.append(board[:])
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
    return result
