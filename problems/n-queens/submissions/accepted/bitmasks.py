# Bitmasks: bit c of `cols` is set when column c is taken; the diagonal masks are shifted by one
# each row, so they mark exactly the squares the queens above attack in the current row.
def solve_n_queens(n):
    full = (1 << n) - 1
    result, placed = [], []

    def place(cols, left, right):
        if cols == full:
            result.append(["." * c + "Q" + "." * (n - 1 - c) for c in placed])
            return
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            placed.append(bit.bit_length() - 1)
            place(cols | bit, (left | bit) << 1 & full, (right | bit) >> 1)
            placed.pop()

    place(0, 0, 0)
    return result
