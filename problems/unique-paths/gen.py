from math import comb

LIMIT = 2 * 10**9


def most_rows(cols):
    """The largest number of rows (at most 100) whose grid with `cols` columns keeps the
    number of routes within the limit."""
    rows = 1
    while rows < 100 and comb(rows + cols - 1, rows) <= LIMIT:
        rows += 1
    return rows


def generate(n, rng, kind="random"):
    """A grid with n columns (n clamped to 1..100) whose number of routes is at most 2 * 10^9.
    kind "random": up to 12, at most 7 columns or rows on the short side, so that walking
    every route stays quick, either way round; above, any allowed number of rows, either way
    round. "widest": as many rows as the limit allows (the most cells for n columns, the
    worst case for a table). "line": one row. "big-square": n rows and n columns with n up
    to 10^5, beyond the limit (the follow-up that answers modulo 10^9 + 7)."""
    if kind == "big-square":
        n = max(1, min(n, 10**5))
        return {"m": n, "n": n}
    n = max(1, min(n, 100))
    if kind == "line":
        return {"m": 1, "n": n}
    if kind == "widest":
        return {"m": most_rows(n), "n": n}
    if n <= 12:
        rows, cols = rng.randint(1, n), rng.randint(1, min(n, 7))
    else:
        rows, cols = rng.randint(1, most_rows(n)), n
    if rng.random() < 0.5:
        rows, cols = cols, rows
    return {"m": rows, "n": cols}
