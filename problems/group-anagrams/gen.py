def generate(n, rng):
    """n words of length 1..12 over a small alphabet: many groups of varied size."""
    letters = "abcdefghij"
    bases = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(max(1, n // 3))]
    words = []
    for _ in range(n):
        base = list(rng.choice(bases))
        rng.shuffle(base)
        words.append("".join(base))
    return {"strs": words}
