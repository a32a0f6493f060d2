def generate(n, rng, kind="random"):
    """A matrix of n rows (at least 1).

    kind "random": up to 10 rows, any number of columns from 1 to 10; from 11 rows on, square
    (the large-grid follow-up), so the size grows with n. "square": n x n; "row": 1 x n;
    "column": n x 1; "wide": about n/3 rows of n; "tall": n rows of about n/3. Values are in
    -100..100, or 1, 2, 3, ... row after row (wrapping after 100) with "ramp" (a square), so
    the order of the answer is easy to read."""
    n = max(1, n)
    rows, cols = n, n
    if kind == "random" and n <= 10:
        cols = rng.randint(1, 10)
    elif kind == "row":
        rows = 1
    elif kind == "column":
        cols = 1
    elif kind == "wide":
        rows = max(1, n // 3)
    elif kind == "tall":
        cols = max(1, n // 3)
    if kind == "ramp":
        return {"matrix": [[(r * cols + c) % 100 + 1 for c in range(cols)] for r in range(rows)]}
    return {"matrix": [[rng.randint(-100, 100) for _ in range(cols)] for _ in range(rows)]}
