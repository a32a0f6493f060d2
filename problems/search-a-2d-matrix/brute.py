def search_matrix(matrix, target):
    for row in matrix:
        for value in row:
            if value == target:
                return True
    return False
