# Builds the turned rows with zip, then replaces the matrix's contents through a slice, so the
# caller's list holds them. Right, but with O(n^2) extra space.
def rotate(matrix):
    matrix[:] = [list(column) for column in zip(*matrix[::-1])]
