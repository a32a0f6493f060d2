# Correct but quadratic: for every "O" it explores the region again from scratch (stopping
# early if the edge is reached). A large enclosed region is explored once per cell.
def solve(board):
    rows, cols = len(board), len(board[0])
    captured = []
    for r0 in range(rows):
        for c0 in range(cols):
            if board[r0][c0] != "O":
                continue
            seen = {(r0, c0)}
            stack = [(r0, c0)]
            escapes = False
            while stack:
                r, c = stack.pop()
                if r in (0, rows - 1) or c in (0, cols - 1):
                    escapes = True
                    break
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if board[nr][nc] == "O" and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            if not escapes:
                captured.append((r0, c0))
    for r, c in captured:
        board[r][c] = "X"
