# Bug: the flood tests the cell's value before its bounds, so stepping below the last row
# (or past the last column) from a border "O" reads outside the board: IndexError.
def solve(board):
    rows, cols = len(board), len(board[0])

    def mark(r, c):
        stack = [(r, c)]
        while stack:
            r, c = stack.pop()
            if board[r][c] != "O" or r < 0 or c < 0 or r >= rows or c >= cols:
                continue
            board[r][c] = "S"
            stack += [(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)]

    for r in range(rows):
        mark(r, 0)
        mark(r, cols - 1)
    for c in range(cols):
        mark(0, c)
        mark(rows - 1, c)
    for row in board:
        for c, cell in enumerate(row):
            row[c] = "O" if cell == "S" else "X"
