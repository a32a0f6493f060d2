def generate(n, rng, kind="random"):
    """About n cells (at most 100, or 90000 for the large-orchard follow-up's "large_*" kinds)
    in a near-square grid. kind "random": empty, fresh and rotten cells mixed, with few rotten
    ones; "snake": fresh oranges along one winding path with a rotten one at its start, the
    most minutes for the size; "walled": random, plus a fresh orange boxed in by empty cells
    (the answer is -1). "large_random" and "large_snake" are the same shapes up to 300 x 300."""
    cap = 90000 if kind.startswith("large_") else 100
    kind = kind.removeprefix("large_")
    n = max(1, min(n, cap))
    side = max(1, int(n ** 0.5))
    rows, cols = side, max(1, n // side)
    if kind == "snake":
        grid = [[0] * cols for _ in range(rows)]
        for r in range(0, rows, 2):
            grid[r] = [1] * cols
            if r + 1 < rows:
                grid[r + 1][cols - 1 if (r // 2) % 2 == 0 else 0] = 1
        grid[0][0] = 2
        return {"grid": grid}
    p_empty = rng.choice([0.0, 0.1, 0.3])
    p_rotten = rng.choice([0.02, 0.08, 0.2])
    grid = [[0 if rng.random() < p_empty else 2 if rng.random() < p_rotten else 1 for _ in range(cols)]
            for _ in range(rows)]
    if kind == "walled" and rows >= 3 and cols >= 3:
        r, c = rng.randint(1, rows - 2), rng.randint(1, cols - 2)
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            grid[nr][nc] = 0
        grid[r][c] = 1
    return {"grid": grid}
