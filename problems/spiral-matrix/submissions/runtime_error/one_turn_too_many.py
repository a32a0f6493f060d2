# Bug: the loop runs while len(out) <= total instead of <, so after the last cell it pops the
# first row of an empty matrix: IndexError.
def spiral_order(matrix):
    total = len(matrix) * len(matrix[0])
    out = []
    while len(out) <= total:
        out += matrix.pop(0)
        matrix = [list(row) for row in zip(*matrix)][::-1]
    return out
