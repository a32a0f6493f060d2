# Bug: computes the right board but assigns it to the parameter, so the caller's board is
# left as it was.
def solve(board):
    rows, cols = len(board), len(board[0])
    stack = [(r, c) for r in range(rows) for c in range(cols)
             if board[r][c] == "O" and (r in (0, rows - 1) or c in (0, cols - 1))]
    safe = set(stack)
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] == "O" and (nr, nc) not in safe:
                safe.add((nr, nc))
                stack.append((nr, nc))
    board = [["O" if (r, c) in safe else "X" for c in range(cols)] for r in range(rows)]
