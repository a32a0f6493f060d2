# Bug: builds the turned matrix and rebinds the local name, so the caller's matrix is left
# exactly as it was.
def rotate(matrix):
    matrix = [list(column) for column in zip(*matrix[::-1])]
