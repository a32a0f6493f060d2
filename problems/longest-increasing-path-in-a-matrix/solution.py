def longest_increasing_path(matrix):
    # Cells are nodes, with an edge from each cell to every neighbour holding a larger value.
    # Equal values never connect, so the graph has no cycle and we can peel it in topological
    # layers, from the path ends (local maxima) backwards. Layer k holds the cells whose
    # longest increasing path has exactly k cells, so the number of layers is the answer.
    rows, cols = len(matrix), len(matrix[0])
    steps = ((-1, 0), (1, 0), (0, -1), (0, 1))

    # higher[r][c]: neighbours with a larger value not yet peeled (the cell's out-degree).
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
            # Every smaller neighbour loses one pending larger neighbour; once it has none
            # left, its longest path is one more than this layer's.
            for dr, dc in steps:
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and matrix[nr][nc] < matrix[r][c]:
                    higher[nr][nc] -= 1
                    if higher[nr][nc] == 0:
                        below.append((nr, nc))
        layer = below
    return length
