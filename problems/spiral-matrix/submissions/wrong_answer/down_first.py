# Bug: the directions are listed down, right, up, left, so the walk goes down the first column
# first: the counterclockwise spiral.
def spiral_order(matrix):
    rows, cols = len(matrix), len(matrix[0])
    moves = [(1, 0), (0, 1), (-1, 0), (0, -1)]
    seen = set()
    r = c = d = 0
    out = []
    for _ in range(rows * cols):
        out.append(matrix[r][c])
        seen.add((r, c))
        nr, nc = r + moves[d][0], c + moves[d][1]
        if not (0 <= nr < rows and 0 <= nc < cols) or (nr, nc) in seen:
            d = (d + 1) % 4
            nr, nc = r + moves[d][0], c + moves[d][1]
        r, c = nr, nc
    return out
