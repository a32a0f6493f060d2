def generate(n, rng, kind="random"):
    """A grid of about n cells (n clamped to 1..40000), near-square, or of a random shape up to
    12 cells (single rows and columns included) for kind "random".

    kind "random": values from a small range (ties between neighbours), a middle one or the
    whole 32-bit range, negatives included; "distinct": a shuffled 0..cells-1; "snake": values
    rising along a path that winds row by row through every cell (the answer is every cell,
    the deepest recursion, and one path that a per-start search walks again from each cell);
    "gradient": value r + c (every right or down step rises, equal values on each
    anti-diagonal: exponentially many increasing paths for a search that remembers nothing);
    "spiral": values rising along a spiral from the border inwards; "flat": one value
    everywhere (the answer is 1); "checkerboard": low and high cells alternating (the answer
    is 2)."""
    n = max(1, min(n, 40000))
    if kind == "random" and n <= 12:
        rows = rng.randint(1, n)
        cols = max(1, n // rows)
    else:
        rows = max(1, int(n ** 0.5))
        cols = max(1, n // rows)
    if kind == "snake":
        base = rng.randint(-1000, 1000)
        grid = [[0] * cols for _ in range(rows)]
        for r in range(rows):
            for c in range(cols):
                along = c if r % 2 == 0 else cols - 1 - c
                grid[r][c] = base + r * cols + along
        return {"matrix": grid}
    if kind == "gradient":
        return {"matrix": [[r + c for c in range(cols)] for r in range(rows)]}
    if kind == "spiral":
        grid = [[0] * cols for _ in range(rows)]
        top, bottom, left, right, value = 0, rows - 1, 0, cols - 1, 0
        while top <= bottom and left <= right:
            cells = [(top, c) for c in range(left, right + 1)]
            cells += [(r, right) for r in range(top + 1, bottom + 1)]
            if top < bottom:
                cells += [(bottom, c) for c in range(right - 1, left - 1, -1)]
            if left < right:
                cells += [(r, left) for r in range(bottom - 1, top, -1)]
            for r, c in cells:
                grid[r][c] = value
                value += 1
            top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
        return {"matrix": grid}
    if kind == "flat":
        v = rng.randint(-2**31, 2**31 - 1)
        return {"matrix": [[v] * cols for _ in range(rows)]}
    if kind == "checkerboard":
        low, high = rng.randint(-100, 0), rng.randint(1, 100)
        return {"matrix": [[high if (r + c) % 2 else low for c in range(cols)] for r in range(rows)]}
    if kind == "distinct":
        values = list(range(rows * cols))
        rng.shuffle(values)
        return {"matrix": [values[r * cols:(r + 1) * cols] for r in range(rows)]}
    lo, hi = rng.choice([(0, 2), (0, 9), (-50, 50), (-2**31, 2**31 - 1)])
    return {"matrix": [[rng.randint(lo, hi) for _ in range(cols)] for _ in range(rows)]}
