# Bug: builds the answer in a new matrix and rebinds the local name: the caller's matrix is
# left as it was.
def set_zeroes(matrix):
    rows = {r for r, row in enumerate(matrix) if 0 in row}
    cols = {c for row in matrix for c, x in enumerate(row) if x == 0}
    matrix = [[0 if r in rows or c in cols else x for c, x in enumerate(row)]
              for r, row in enumerate(matrix)]
