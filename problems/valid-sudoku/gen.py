def solved(rng, k=3):
    """A random completely filled valid board of side k*k, as a list of lists of ints."""
    side = k * k
    digits = list(range(1, side + 1))
    rng.shuffle(digits)

    def order():
        bands = list(range(k))
        rng.shuffle(bands)
        out = []
        for b in bands:
            inner = list(range(k))
            rng.shuffle(inner)
            out += [b * k + i for i in inner]
        return out

    rows, cols = order(), order()
    grid = [[digits[(k * (r % k) + r // k + c) % side] for c in cols] for r in rows]
    if rng.random() < 0.5:
        grid = [list(col) for col in zip(*grid)]
    return grid


def clash(grid, board, rng, kind, k=3):
    """Give board one repeated digit that only the rule `kind` (row, col, box) catches: copy a
    digit into a cell of the same row, column or box, and blank its other copies that the two
    remaining rules would see."""
    side = k * k
    r, c = rng.randrange(side), rng.randrange(side)
    if kind == "row":
        r2, c2 = r, rng.choice([x for x in range(side) if x // k != c // k])
    elif kind == "col":
        r2, c2 = rng.choice([x for x in range(side) if x // k != r // k]), c
    else:
        r2 = rng.choice([x for x in range(side) if x // k == r // k and x != r])
        c2 = rng.choice([x for x in range(side) if x // k == c // k and x != c])
    d = grid[r2][c2]
    for y in range(side):
        for x in range(side):
            seen = {"row": y == r, "col": x == c, "box": y // k == r // k and x // k == c // k}
            others = [rule for rule in seen if rule != kind]
            if grid[y][x] == d and any(seen[rule] for rule in others):
                board[y][x] = "."
    board[r2][c2] = str(d)
    board[r][c] = str(d)
    return board


def generate(n, rng, kind="random"):
    """A 9x9 board; n (capped at 81) is about how many cells are filled. kind "random": cells of a
    solved board kept at random, and half the time one repeated digit caught by a single rule
    (row, column or box); "full": a whole solved board, valid, where no check can stop early;
    "row", "col", "box": one repeated digit that only that rule catches.
    For the larger-boxes follow-up, "larger" (a whole solved board) and "larger_random" (half
    its cells, half the time one repeat) have boxes of side k, the smallest in 2..5 with k^4 >= n."""
    if kind in ("larger", "larger_random"):
        k = 2
        while k < 5 and k ** 4 < n:
            k += 1
        side = k * k
        grid = solved(rng, k)
        board = [[str(v) for v in row] for row in grid]
        if kind == "larger_random":
            for cell in rng.sample(range(side * side), side * side // 2):
                board[cell // side][cell % side] = "."
            if rng.random() < 0.5:
                board = clash(grid, board, rng, rng.choice(["row", "col", "box"]), k)
        return {"board": board}
    grid = solved(rng)
    filled = max(0, min(n, 81))
    keep = set(rng.sample(range(81), filled)) if kind != "full" else set(range(81))
    board = [[str(grid[r][c]) if r * 9 + c in keep else "." for c in range(9)] for r in range(9)]
    if kind in ("row", "col", "box"):
        board = clash(grid, board, rng, kind)
    elif kind == "random" and rng.random() < 0.5:
        board = clash(grid, board, rng, rng.choice(["row", "col", "box"]))
    return {"board": board}
