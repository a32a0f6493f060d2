# Bug: explores each region from the inside and turns cells into "X" as it goes, hoping to
# undo it if the edge turns up; but it only restores the cell it started from, so part of a
# region that does reach the edge is lost.
def solve(board):
    rows, cols = len(board), len(board[0])
    for r0 in range(1, rows - 1):
        for c0 in range(1, cols - 1):
            if board[r0][c0] != "O":
                continue
            stack = [(r0, c0)]
            board[r0][c0] = "X"
            escaped = False
            while stack and not escaped:
                r, c = stack.pop()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if board[nr][nc] == "O":
                        if nr in (0, rows - 1) or nc in (0, cols - 1):
                            escaped = True
                            break
                        board[nr][nc] = "X"
                        stack.append((nr, nc))
            if escaped:
                board[r0][c0] = "O"
