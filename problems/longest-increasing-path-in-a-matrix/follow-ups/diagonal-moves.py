def longest_increasing_path(matrix):
    # The same topological peeling, with the four diagonal neighbours added to the moves.
    rows, cols = len(matrix), len(matrix[0])
    steps = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]
    higher = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            for dr, dc in steps:
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] > matrix[r][c]:
                    higher[r][c] += 1
    layer = [(r, c) for r in range(rows) for c in range(cols) if higher[r][c] == 0]
    length = 0
    while layer:
        length += 1
        below = []
        for r, c in layer:
            for dr, dc in steps:
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] < matrix[r][c]:
                    higher[nr][nc] -= 1
                    if higher[nr][nc] == 0:
                        below.append((nr, nc))
        layer = below
    return length
