def generate(n, rng, kind="random"):
    """Two words of about n letters (n clamped to 0..500).

    kind "random": both of n letters over "abcdef"; up to 12, lengths 0..n and 0..6 (either
    way round) over "ab" or "abc", where trying every operation without a table stays quick.
    "similar": the second is the first with about a tenth of its letters replaced, deleted or
    inserted. "disjoint": no letter in common (every cell of the table takes the minimum of
    three). "same-letter": one letter repeated, of lengths n and about n / 2. "empty": the
    first empty, the second of n letters."""
    n = max(0, min(n, 500))

    def word(length, alphabet):
        return "".join(rng.choice(alphabet) for _ in range(length))

    if kind == "empty":
        return {"word1": "", "word2": word(n, "abcdefghijklmnopqrstuvwxyz")}
    if kind == "disjoint":
        return {"word1": word(n, "abcde"), "word2": word(n, "vwxyz")}
    if kind == "same-letter":
        return {"word1": "q" * n, "word2": "q" * rng.randint(0, n // 2)}
    if kind == "similar":
        first = word(n, "abcdefghij")
        second = []
        for ch in first:
            r = rng.random()
            if r < 0.033:  # deleted
                continue
            if r < 0.066:  # replaced
                second.append(rng.choice("abcdefghij"))
            elif r < 0.1:  # kept, with a letter inserted after it
                second.append(ch + rng.choice("abcdefghij"))
            else:
                second.append(ch)
        return {"word1": first, "word2": "".join(second)[:500]}
    if n <= 12:
        alphabet = rng.choice(["ab", "abc"])
        pair = [word(rng.randint(0, n), alphabet), word(rng.randint(0, min(n, 6)), alphabet)]
        rng.shuffle(pair)
        return {"word1": pair[0], "word2": pair[1]}
    return {"word1": word(n, "abcdef"), "word2": word(n, "abcdef")}
