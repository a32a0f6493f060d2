import math


def is_valid_sudoku(board):
    # The same pass with the box side k read from the board: side k * k, box (r // k, c // k).
    side = len(board)
    k = math.isqrt(side)
    rows = [set() for _ in range(side)]
    cols = [set() for _ in range(side)]
    boxes = [set() for _ in range(side)]
    for r in range(side):
        for c in range(side):
            value = board[r][c]
            if value == ".":
                continue
            b = (r // k) * k + c // k
            if value in rows[r] or value in cols[c] or value in boxes[b]:
                return False
            rows[r].add(value)
            cols[c].add(value)
            boxes[b].add(value)
    return True
