# Bug: checks the diagonals only against the queen in the row just above, as if a queen moved
# one square diagonally like a king; queens further up still attack along the diagonal.
def solve_n_queens(n):
    result, placed = [], []

    def place(row):
        if row == n:
            result.append(["." * c + "Q" + "." * (n - 1 - c) for c in placed])
            return
        for c in range(n):
            if c in placed:
                continue
            if placed and abs(placed[-1] - c) == 1:
                continue
            placed.append(c)
            place(row + 1)
            placed.pop()

    place(0)
    return result
