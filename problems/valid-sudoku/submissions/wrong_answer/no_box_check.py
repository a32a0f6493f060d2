# Bug: checks rows and columns but forgets the 3 x 3 boxes.
def is_valid_sudoku(board):
    for i in range(9):
        row = [v for v in board[i] if v != "."]
        col = [board[r][i] for r in range(9) if board[r][i] != "."]
        if len(row) != len(set(row)) or len(col) != len(set(col)):
            return False
    return True
