def spiral_order(matrix):
    # The same rings, walked the other way: down the left column, right along the bottom row,
    # then (when the ring has more than one row and more than one column) up the right column
    # and left along the top row.
    out = []
    top, bottom = 0, len(matrix) - 1
    left, right = 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        for r in range(top, bottom + 1):
            out.append(matrix[r][left])
        for c in range(left + 1, right + 1):
            out.append(matrix[bottom][c])
        if top < bottom and left < right:
            for r in range(bottom - 1, top - 1, -1):
                out.append(matrix[r][right])
            for c in range(right - 1, left, -1):
                out.append(matrix[top][c])
        top, bottom = top + 1, bottom - 1
        left, right = left + 1, right - 1
    return out
