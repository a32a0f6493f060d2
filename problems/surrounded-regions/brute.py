def solve(board):
    # For every "O" on its own, collect its whole region (from an untouched copy) and capture
    # the cell when no cell of the region lies on the border. Each region is collected once
    # per cell in it: O((rows * cols)^2) time in the worst case.
    rows, cols = len(board), len(board[0])
    original = [row[:] for row in board]
    for r0 in range(rows):
        for c0 in range(cols):
            if original[r0][c0] != "O":
                continue
            region = {(r0, c0)}
            stack = [(r0, c0)]
            while stack:
                r, c = stack.pop()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and original[nr][nc] == "O" \
                            and (nr, nc) not in region:
                        region.add((nr, nc))
                        stack.append((nr, nc))
            if not any(r in (0, rows - 1) or c in (0, cols - 1) for r, c in region):
                board[r0][c0] = "X"
