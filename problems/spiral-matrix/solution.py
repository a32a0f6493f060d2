def spiral_order(matrix):
    # Peel the matrix ring by ring, keeping the four edges of what is left: the top row left to
    # right, the right column downwards, then (when the ring has more than one row and more
    # than one column) the bottom row right to left and the left column upwards.
    # O(m * n) time, O(1) space besides the output.
    out = []
    top, bottom = 0, len(matrix) - 1
    left, right = 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(matrix[top][c])
        for r in range(top + 1, bottom + 1):
            out.append(matrix[r][right])
        if top < bottom and left < right:
            for c in range(right - 1, left - 1, -1):
                out.append(matrix[bottom][c])
            for r in range(bottom - 1, top, -1):
                out.append(matrix[r][left])
        top, bottom = top + 1, bottom - 1
        left, right = left + 1, right - 1
    return out
