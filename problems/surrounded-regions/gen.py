def generate(n, rng, kind="random"):
    """A board of about n cells, "X" and "O". Up to 200 x 200, or 400 x 400 for the
    large-board follow-up's "large_*" kinds (the same shapes).

    "random": near-square when n > 16, any shape (single rows and columns too) below that,
    each cell "O" with a probability picked per board (0.2 to 0.8). "wide" and "tall": the
    same in a board about four times wider than tall, or taller than wide. "walled": a border
    of "X" around a solid block of "O", all captured; searching the region again from each of
    its cells costs cells^2. "snake": one corridor of "O" winding through the board, open to
    the border at one end or closed. "rings": nested square rings, alternately "X" and "O".
    "all_o": nothing to capture. "checkerboard": every "O" alone."""
    cap = 160000 if kind.startswith("large_") else 40000
    side_cap = 400 if kind.startswith("large_") else 200
    kind = kind.removeprefix("large_")
    n = max(1, min(n, cap))
    if kind == "random" and n <= 16:
        rows = rng.randint(1, n)
        cols = max(1, n // rows)
    elif kind in ("wide", "tall"):
        rows = max(1, int((n / 4) ** 0.5))
        cols = max(1, min(side_cap, n // rows))
        if kind == "tall":
            rows, cols = cols, rows
    else:
        rows = max(1, int(n ** 0.5))
        cols = max(1, min(side_cap, n // rows))

    if kind == "all_o":
        return {"board": [["O"] * cols for _ in range(rows)]}
    if kind == "checkerboard":
        parity = rng.randint(0, 1)
        return {"board": [["O" if (r + c) % 2 == parity else "X" for c in range(cols)]
                          for r in range(rows)]}
    if kind == "walled":
        return {"board": [["O" if 0 < r < rows - 1 and 0 < c < cols - 1 else "X" for c in range(cols)]
                          for r in range(rows)]}
    if kind == "rings":
        # The ring a cell lies on is its distance to the nearest edge.
        parity = rng.randint(0, 1)
        return {"board": [["O" if min(r, c, rows - 1 - r, cols - 1 - c) % 2 == parity else "X"
                           for c in range(cols)] for r in range(rows)]}
    if kind == "snake" and rows >= 3 and cols >= 3:
        board = [["X"] * cols for _ in range(rows)]
        last = None
        for i, r in enumerate(range(1, rows - 1, 2)):
            line = range(1, cols - 1) if i % 2 == 0 else range(cols - 2, 0, -1)
            if last is not None:
                board[r - 1][last] = "O"
            for c in line:
                board[r][c] = "O"
            last = cols - 2 if i % 2 == 0 else 1
        if rng.random() < 0.5:
            # Open the far end of the corridor to the border.
            r = len(range(1, rows - 1, 2)) * 2 - 1
            board[r][0 if last == 1 else cols - 1] = "O"
        return {"board": board}
    p = rng.choice([0.2, 0.35, 0.5, 0.65, 0.8])
    return {"board": [["O" if rng.random() < p else "X" for _ in range(cols)] for _ in range(rows)]}
