def is_valid_sudoku(board):
    # Every pair of filled cells: equal digits may not share a row, a column or a box.
    cells = [(r, c, board[r][c]) for r in range(9) for c in range(9) if board[r][c] != "."]
    for i, (r1, c1, d1) in enumerate(cells):
        for r2, c2, d2 in cells[i + 1:]:
            if d1 != d2:
                continue
            same_box = r1 // 3 == r2 // 3 and c1 // 3 == c2 // 3
            if r1 == r2 or c1 == c2 or same_box:
                return False
    return True
