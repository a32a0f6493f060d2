def generate(n, rng, kind="random"):
    """About n cells in all (n up to 10^4): m rows of c values with m, c <= 100 and m * c <= n.
    kind "random": values increase in reading order with some repeats inside rows; the target is
    a cell's value half the time, else any value in range. "above": the target is larger than
    every value, so reading the cells one by one cannot stop early. "staircase" (for the
    sorted-columns follow-up): rows and columns sorted, rows overlapping."""
    n = max(1, min(n, 10000))
    rows = rng.randint(max(1, -(-n // 100)), min(100, n))
    cols = max(1, min(100, n // rows))
    cells = rows * cols
    if kind == "staircase":
        matrix = [[0] * cols for _ in range(rows)]
        for i in range(rows):
            for j in range(cols):
                up = matrix[i - 1][j] if i else -10**4
                left = matrix[i][j - 1] if j else -10**4
                matrix[i][j] = max(up, left) + rng.randint(0, 3)
        flat = [x for row in matrix for x in row]
        target = rng.choice(flat) if rng.random() < 0.5 else rng.randint(-10**4, flat[-1] + 1)
        return {"matrix": matrix, "target": target}
    flat = sorted(rng.sample(range(-10**4, 10**4), cells))
    for p in range(cells):
        if p % cols and rng.random() < 0.2:
            flat[p] = flat[p - 1]
    matrix = [flat[r * cols:(r + 1) * cols] for r in range(rows)]
    if kind == "above":
        return {"matrix": matrix, "target": rng.randint(flat[-1] + 1, 10**4)}
    target = rng.choice(flat) if rng.random() < 0.5 else rng.randint(-10**4, 10**4)
    return {"matrix": matrix, "target": target}
