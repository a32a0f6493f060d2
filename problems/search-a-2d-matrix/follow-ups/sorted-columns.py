def search_matrix(matrix, target):
    # From the top-right cell: larger than the target drops its column, smaller drops its row.
    r, c = 0, len(matrix[0]) - 1
    while r < len(matrix) and c >= 0:
        value = matrix[r][c]
        if value == target:
            return True
        if value > target:
            c -= 1
        else:
            r += 1
    return False
