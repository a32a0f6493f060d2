# Take the top row, turn what is left counterclockwise, repeat. Short; O(m * n * min(m, n)),
# which the 10 x 10 bound allows.
def spiral_order(matrix):
    out = []
    while matrix:
        out += matrix.pop(0)
        matrix = [list(row) for row in zip(*matrix)][::-1]
    return out
