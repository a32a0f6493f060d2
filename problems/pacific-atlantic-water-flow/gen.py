def generate(n, rng, kind="random"):
    """A grid of about n cells (at most 200 x 200) of heights in 0..10^5.

    "random": near-square when n > 16, any shape (single rows and columns too) below that;
    heights drawn from a range picked per grid, from 0..1 (wide flat areas) to 0..10^5.
    "wide" and "tall": the same heights in a grid about four times wider than tall, or taller
    than wide.
    "plateau": every cell the same height. "sorted": heights grow towards the bottom right
    corner; "reversed": they shrink towards it. "basin": a high rim around a flat floor, with
    one notch in the rim through which the floor drains into one ocean only: following the
    water from each floor cell covers the whole floor without finding the other ocean (the
    worst case for searching from every cell), while the backward search from that ocean
    climbs over the whole floor. "snake": walls of 10^5 around one
    corridor winding through the whole grid, draining out through the border at one end (or
    at both, with a crest in between): the longest chain of climbs. "peak": a noisy mountain
    whose slopes fall away in every direction."""
    n = max(1, min(n, 40000))
    if kind == "random" and n <= 16:
        rows = rng.randint(1, n)
        cols = max(1, n // rows)
    elif kind in ("wide", "tall"):
        rows = max(1, int((n / 4) ** 0.5))
        cols = max(1, min(200, n // rows))
        if kind == "tall":
            rows, cols = cols, rows
    else:
        rows = max(1, int(n ** 0.5))
        cols = max(1, min(200, n // rows))
    top = 100000

    if kind == "plateau":
        h = rng.randint(0, top)
        return {"heights": [[h] * cols for _ in range(rows)]}
    if kind in ("sorted", "reversed"):
        step = rng.randint(1, top // (rows + cols))
        grid = [[(r + c) * step for c in range(cols)] for r in range(rows)]
        if kind == "reversed":
            grid = [row[::-1] for row in grid[::-1]]
        return {"heights": grid}
    if kind == "basin" and rows >= 3 and cols >= 3:
        floor = rng.randint(0, top - 1)
        grid = [[top] * cols for _ in range(rows)]
        for r in range(1, rows - 1):
            for c in range(1, cols - 1):
                grid[r][c] = floor
        # One notch in the rim, away from the corners, drains the floor into a single ocean.
        side = rng.choice(["top", "left", "bottom", "right"])
        if side in ("top", "bottom"):
            grid[0 if side == "top" else rows - 1][rng.randint(1, cols - 2)] = floor
        else:
            grid[rng.randint(1, rows - 2)][0 if side == "left" else cols - 1] = floor
        return {"heights": grid}
    if kind == "snake" and rows >= 3 and cols >= 3:
        return {"heights": _snake(rows, cols, rng, top)}
    if kind == "peak":
        pr, pc = rng.randrange(rows), rng.randrange(cols)
        return {"heights": [[max(0, top - 3 * (abs(r - pr) + abs(c - pc)) - rng.randint(0, 2))
                             for c in range(cols)] for r in range(rows)]}
    hi = rng.choice([1, 2, 4, 9, 100, top])
    return {"heights": [[rng.randint(0, hi) for _ in range(cols)] for _ in range(rows)]}


def _snake(rows, cols, rng, top):
    # The corridor runs along the inner rows 1, 3, 5, ... in alternate directions, joined by
    # one cell at the turning end; everything else is a wall of height `top`.
    grid = [[top] * cols for _ in range(rows)]
    path = []
    for i, r in enumerate(range(1, rows - 1, 2)):
        line = list(range(1, cols - 1))
        if i % 2:
            line.reverse()
        if path:
            pr, pc = path[-1]
            path.append((r - 1, pc))
        path.extend((r, c) for c in line)
    # Where the corridor can break out through the border at its start and at its end.
    sr, sc = path[0]
    starts = [(0, sc), (sr, 0)]
    er, ec = path[-1]
    ends = [cell for cell, ok in (((er + 1, ec), er + 1 == rows - 1), ((er, ec + 1), ec + 1 == cols - 1),
                                  ((er, ec - 1), ec == 1)) if ok]
    exits = rng.choice(["start", "end", "both"])
    if exits == "start":
        path = [rng.choice(starts)] + path
    elif exits == "end":
        path = [rng.choice(ends)] + path[::-1]
    else:
        path = [rng.choice(starts)] + path + [rng.choice(ends)]
    # Heights climb away from the first exit (in steps of 0, 1 or 2, so flat stretches
    # appear); with two exits they climb from both ends to a crest.
    heights = [0] * len(path)
    for i in range(1, len(path)):
        heights[i] = min(top - 1, heights[i - 1] + rng.choice([0, 1, 1, 2]))
    if exits == "both":
        half = len(path) // 2
        for i in range(len(path) - 1, half - 1, -1):
            heights[i] = heights[len(path) - 1 - i]
    for (r, c), h in zip(path, heights):
        grid[r][c] = h
    return grid
