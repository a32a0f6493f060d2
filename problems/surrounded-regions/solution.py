def solve(board):
    # An "O" survives exactly when it is joined to a border "O" through up/down/left/right
    # steps over "O"s. Flood from every border "O", marking the cells reached "S" (safe), then
    # one pass turns "S" back into "O" and every "O" left unmarked (enclosed) into "X".
    # An explicit stack, not recursion: one region can wind through tens of thousands of
    # cells. O(rows * cols) time, O(rows * cols) space for the stack.
    rows, cols = len(board), len(board[0])
    border = [(r, c) for r in range(rows) for c in (0, cols - 1)]
    border += [(r, c) for c in range(1, cols - 1) for r in (0, rows - 1)]
    stack = []
    for r, c in border:
        if board[r][c] == "O":
            board[r][c] = "S"
            stack.append((r, c))
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O":
                board[nr][nc] = "S"
                stack.append((nr, nc))
    # Write into the rows themselves: the caller's board is the answer.
    for row in board:
        for c in range(cols):
            row[c] = "O" if row[c] == "S" else "X"
