def generate(n, rng, kind="random"):
    """About n cells in a near-square grid.

    kind: "random" (62% land, large irregular blobs), "snake" (one island winding row by row,
    the deepest possible flood fill), "all_land", "checkerboard" (the most islands)."""
    side = max(1, int(n ** 0.5))
    rows, cols = side, max(1, n // side)
    if kind == "all_land":
        return {"grid": [["1"] * cols for _ in range(rows)]}
    if kind == "checkerboard":
        return {"grid": [["1" if (r + c) % 2 == 0 else "0" for c in range(cols)] for r in range(rows)]}
    if kind == "snake":
        grid = [["0"] * cols for _ in range(rows)]
        for r in range(0, rows, 2):
            grid[r] = ["1"] * cols
            if r + 1 < rows:
                grid[r + 1][cols - 1 if (r // 2) % 2 == 0 else 0] = "1"
        return {"grid": grid}
    grid = [["1" if rng.random() < 0.62 else "0" for _ in range(cols)] for _ in range(rows)]
    return {"grid": grid}
