def generate(n, rng, kind="random"):
    """About n cells (at most 2500) in a near-square grid of 0s and 1s. kind "random": land with
    a probability from 0.3 to 0.65, so islands range from specks to one large blob; "all_land":
    one island covering everything, where measuring each cell's island again costs cells^2;
    "checkerboard": every land cell alone; "snake": one island winding row by row, the deepest
    flood fill; "islands": several rectangular islands of different sizes on water."""
    n = max(1, min(n, 2500))
    side = max(1, int(n ** 0.5))
    rows, cols = side, max(1, n // side)
    if kind == "all_land":
        return {"grid": [[1] * cols for _ in range(rows)]}
    if kind == "checkerboard":
        return {"grid": [[(r + c + 1) % 2 for c in range(cols)] for r in range(rows)]}
    if kind == "snake":
        grid = [[0] * cols for _ in range(rows)]
        for r in range(0, rows, 2):
            grid[r] = [1] * cols
            if r + 1 < rows:
                grid[r + 1][cols - 1 if (r // 2) % 2 == 0 else 0] = 1
        return {"grid": grid}
    if kind == "islands":
        grid = [[0] * cols for _ in range(rows)]
        for _ in range(rng.randint(1, 6)):
            r0, c0 = rng.randrange(rows), rng.randrange(cols)
            r1, c1 = rng.randint(r0, rows - 1), rng.randint(c0, cols - 1)
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    grid[r][c] = 1
        return {"grid": grid}
    p = rng.choice([0.3, 0.45, 0.55, 0.65])
    return {"grid": [[1 if rng.random() < p else 0 for _ in range(cols)] for _ in range(rows)]}
