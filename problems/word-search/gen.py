import string

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def generate(n, rng, kind="random"):
    """A board of at most 6 x 6 letters and a word of n letters (1 to 15).

    kind "random": a board of 1x1 up to 6x6 over 2 to 4 letters, some of them the same letter
    in both cases; the word is read along a random path of the board (so it is there), or such
    a word with one letter changed, or random letters (usually not there).
    "same-letter": a 6x6 board of one letter and the word that letter n - 1 times and then a
    letter the board lacks, so every walk from every cell goes n - 1 letters deep and fails.
    "sparse": a 6x6 board over all 52 letters and a word of random letters, almost never
    there: a search that checks each letter as it goes stops at once, one that compares only
    whole paths reads every path of n cells.
    "two-letters": a 6x6 board over two letters and a word read along a random path of it,
    half the time with one letter changed: many partial paths match for a long while."""
    n = max(1, min(n, 15))
    if kind == "same-letter":
        return {"board": [["a"] * 6 for _ in range(6)], "word": "a" * (n - 1) + "b"}
    if kind == "sparse":
        board = [[rng.choice(string.ascii_letters) for _ in range(6)] for _ in range(6)]
        return {"board": board, "word": "".join(rng.choice(string.ascii_letters) for _ in range(n))}
    if kind == "two-letters":
        letters = rng.sample(string.ascii_letters, 2)
        board = [[rng.choice(letters) for _ in range(6)] for _ in range(6)]
        word = [board[r][c] for r, c in longest_walk(board, n, rng)]
        if rng.random() < 0.5:
            i = rng.randrange(len(word))
            word[i] = letters[0] if word[i] == letters[1] else letters[1]
        return {"board": board, "word": "".join(word)}
    letters = rng.sample(string.ascii_lowercase, rng.randint(2, 4))
    if rng.random() < 0.3:
        letters[-1] = letters[0].upper()
    rows, cols = rng.randint(1, 6), rng.randint(1, 6)
    board = [[rng.choice(letters) for _ in range(cols)] for _ in range(rows)]
    roll = rng.random()
    if roll < 0.75:
        path = longest_walk(board, n, rng)
        if len(path) == n:
            word = [board[r][c] for r, c in path]
            if roll >= 0.5:
                i = rng.randrange(n)
                word[i] = rng.choice([x for x in letters if x != word[i]])
            return {"board": board, "word": "".join(word)}
    return {"board": board, "word": "".join(rng.choice(letters) for _ in range(n))}


def longest_walk(board, n, rng):
    """The first of up to 50 random walks to reach n cells, else the longest of them."""
    best = []
    for _ in range(50):
        path = walk(board, n, rng)
        if len(path) > len(best):
            best = path
        if len(best) == n:
            break
    return best


def walk(board, n, rng):
    """A random path of up to n cells, each a side neighbour of the one before, none twice."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    path, used = [(r, c)], {(r, c)}
    while len(path) < n:
        steps = [(r + dr, c + dc) for dr, dc in STEPS
                 if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in used]
        if not steps:
            break
        r, c = rng.choice(steps)
        used.add((r, c))
        path.append((r, c))
    return path
