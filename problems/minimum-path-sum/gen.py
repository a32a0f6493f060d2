def generate(n, rng, kind="random"):
    """An n x n grid (n x 1..6 up to n = 12, where trying every walk must stay quick).
    kind "random": costs 0..9 (0..200 for "heavy"); "snake": high costs except a winding
    cheap corridor; "zeros": all zeros."""
    n = max(n, 1)
    cols = n if n > 12 else rng.randint(1, 6)
    if kind == "zeros":
        return {"grid": [[0] * cols for _ in range(n)]}
    top = 200 if kind == "heavy" else 9
    grid = [[rng.randint(0, top) for _ in range(cols)] for _ in range(n)]
    if kind == "snake":
        grid = [[rng.randint(100, 200) for _ in range(n)] for _ in range(n)]
        r = c = 0
        while (r, c) != (n - 1, n - 1):
            grid[r][c] = rng.randint(0, 3)
            if r == n - 1 or (c < n - 1 and rng.random() < 0.5):
                c += 1
            else:
                r += 1
        grid[n - 1][n - 1] = 0
    return {"grid": grid}
