def spiral_order(matrix):
    # Walk it: keep going in the current direction, and turn clockwise whenever the next cell
    # is outside the matrix or already visited. O(m * n) time, O(m * n) extra space for the
    # visited marks.
    rows, cols = len(matrix), len(matrix[0])
    seen = [[False] * cols for _ in range(rows)]
    moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = 0
    out = []
    for _ in range(rows * cols):
        out.append(matrix[r][c])
        seen[r][c] = True
        nr, nc = r + moves[d][0], c + moves[d][1]
        if not (0 <= nr < rows and 0 <= nc < cols) or seen[nr][nc]:
            d = (d + 1) % 4
            nr, nc = r + moves[d][0], c + moves[d][1]
        r, c = nr, nc
    return out
