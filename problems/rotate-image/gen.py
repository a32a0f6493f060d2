def generate(n, rng, kind="random"):
    """An n x n matrix (n at least 1).

    kind "random": values in -1000..1000; "distinct": different values wherever there are
    enough of them (n <= 44), so every misplaced cell shows; "ramp": 1, 2, 3, ... row after row
    (wrapping to 0 after 1000), easy to read when a test fails."""
    n = max(1, n)
    if kind == "distinct" and n * n <= 2001:
        values = rng.sample(range(-1000, 1001), n * n)
        return {"matrix": [values[r * n:(r + 1) * n] for r in range(n)]}
    if kind == "ramp":
        return {"matrix": [[(r * n + c + 1) % 1001 for c in range(n)] for r in range(n)]}
    return {"matrix": [[rng.randint(-1000, 1000) for _ in range(n)] for _ in range(n)]}
