import string


def generate(n, rng, kind="random"):
    """n distinct words (1 to 3 * 10^4) and a board. kind "random": a board of 1x1 up to 12x12
    (growing with n) over 3 to 6 letters; half the words are read off the board along random
    paths (so they are there), half are random strings over its letters; "absent": a 12x12
    board over 5 letters and words of 6 to 10 of those letters, most of them absent, so a
    search word by word finds no shortcut."""
    n = max(1, min(n, 30000))
    side = 12 if kind == "absent" else min(12, 1 + n // 2)
    rows = side if kind == "absent" else rng.randint(max(1, side // 2), side)
    cols = side
    letters = rng.sample(string.ascii_lowercase, 5 if kind == "absent" else rng.randint(3, 6))
    board = [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]

    def walk():
        r, c = rng.randrange(rows), rng.randrange(cols)
        path, seen = [board[r][c]], {(r, c)}
        for _ in range(rng.randint(0, 9)):
            steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                     if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in seen]
            if not steps:
                break
            r, c = rng.choice(steps)
            seen.add((r, c))
            path.append(board[r][c])
        return "".join(path)

    words, tries = set(), 0
    while len(words) < n and tries < 50 * n:
        tries += 1
        if kind != "absent" and rng.random() < 0.5:
            words.add(walk())
        else:
            low = 6 if kind == "absent" else 1
            words.add("".join(rng.choice(letters) for _ in range(rng.randint(low, 10))))
    words = sorted(words)
    rng.shuffle(words)
    return {"board": board, "words": words}
