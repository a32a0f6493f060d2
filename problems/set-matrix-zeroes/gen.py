def generate(n, rng, kind="random"):
    """A matrix of n rows (at least 1): up to 12 rows with "random", any width from 1 to 12;
    otherwise square, n x n. Non-zero values are anywhere in the 32-bit range.

    kind "random": a few zeros at random cells (none, sometimes); "dense_zeros": about a third
    of the cells 0, the worst case for clearing a row and a column once per zero found;
    "no_zeros": nothing to clear; "first_row": zeros only in the first row (one of them in the
    corner when the width is even); "first_col": zeros only in the first column; "sparse": a
    zero in about one row in ten and one column in ten, so most of the matrix survives."""
    n = max(1, n)
    rows, cols = n, n
    if kind == "random" and n <= 12:
        cols = rng.randint(1, 12)

    def value():
        if rng.random() < 0.05:
            return rng.choice([-2**31, 2**31 - 1])
        return rng.choice([-1, 1]) * rng.randint(1, 2**31 - 1)

    matrix = [[value() for _ in range(cols)] for _ in range(rows)]
    cells = [(r, c) for r in range(rows) for c in range(cols)]
    if kind == "dense_zeros":
        zeros = [cell for cell in cells if rng.random() < 0.33]
    elif kind == "no_zeros":
        zeros = []
    elif kind == "first_row":
        zeros = [(0, c) for c in range(cols) if rng.random() < 0.2 or (c == 0 and cols % 2 == 0)]
    elif kind == "first_col":
        zeros = [(r, 0) for r in range(rows) if rng.random() < 0.2]
    elif kind == "sparse":
        k = max(1, min(rows, cols) // 10)
        zeros = [(rng.randrange(rows), rng.randrange(cols)) for _ in range(k)]
    else:
        k = rng.randint(0, max(1, (rows + cols) // 6))
        zeros = [rng.choice(cells) for _ in range(k)]
    for r, c in zeros:
        matrix[r][c] = 0
    return {"matrix": matrix}
