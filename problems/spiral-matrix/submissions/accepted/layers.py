def spiral_order(matrix):
    m, n = len(matrix), len(matrix[0])
    out = []
    for k in range((min(m, n) + 1) // 2):
        top, bottom, left, right = k, m - 1 - k, k, n - 1 - k
        out.extend(matrix[top][left:right + 1])
        out.extend(matrix[r][right] for r in range(top + 1, bottom + 1))
        if top < bottom and left < right:
            out.extend(matrix[bottom][c] for c in range(right - 1, left - 1, -1))
            out.extend(matrix[r][left] for r in range(bottom - 1, top, -1))
    return out
