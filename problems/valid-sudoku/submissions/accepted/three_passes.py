# Three separate passes: each row, each column, then each box must hold no digit twice.
def is_valid_sudoku(board):
    def no_repeat(cells):
        digits = [v for v in cells if v != "."]
        return len(digits) == len(set(digits))

    for i in range(9):
        if not no_repeat(board[i]) or not no_repeat([board[r][i] for r in range(9)]):
            return False
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            if not no_repeat([board[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]):
                return False
    return True
