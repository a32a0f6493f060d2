LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _pool(size, rng):
    """`size` distinct printable characters of all kinds (punctuation, digits, capitals,
    accented letters, Greek, Cyrillic, CJK, emoji...), drawn at random from at least 5000;
    no surrogates, no control characters."""
    chars = [chr(c) for c in range(0x1F600, 0x1F650)]  # emoji, beyond 16 bits
    code = 0x21
    while len(chars) < max(size, 5000):
        if not (0x7F <= code <= 0xA0 or 0xD800 <= code <= 0xDFFF):
            chars.append(chr(code))
        code += 1
    return rng.sample(chars, size)


def _parts(n, rng, alphabet, longest, widest):
    """Parts of random lengths up to `longest`, each over letters of its own (up to `widest`
    of them, taken from `alphabet` in order), so no letter crosses from one part to the next;
    when the alphabet runs out, the remaining text reuses the last part's letters."""
    out = []
    used = 0
    while len(out) < n:
        length = min(n - len(out), rng.randint(1, longest))
        width = min(rng.randint(1, widest), length, len(alphabet) - used)
        if width <= 0:
            own = alphabet[used - 1:used]
        else:
            own = alphabet[used:used + width]
            used += width
        out += [rng.choice(own) for _ in range(length)]
    return "".join(out[:n])


def generate(n, rng, kind="random"):
    """A string of n characters (lowercase letters unless the kind says otherwise).

    kind "random": either random letters over a small alphabet (often one or a few parts) or
    parts of random lengths over letters of their own; "blocks": one run per letter, as many
    letters as fit (up to 26 runs of equal length, so up to 25 places to cut: the most there
    can be, where trying every combination of cuts explodes); "distinct": up to 26 different
    letters, each once, then the last one repeated; "chain": letters whose spans overlap one
    after the other (a..a overlaps b..b, which overlaps c..c), one part in all; "one-part": the
    first and the last letter equal.

    For the any-characters follow-up (up to 10^5 characters): "unicode": parts over characters
    of every kind, few per part; "unicode-distinct": every character different (n parts of 1);
    "unicode-one-part": random characters of every kind, the first equal to the last."""
    n = max(1, n)
    if kind == "blocks":
        k = min(n, 26)
        letters = rng.sample(LETTERS, k)
        return {"s": "".join(letters[i * k // n] for i in range(n))}
    if kind == "distinct":
        k = min(n, 26)
        letters = rng.sample(LETTERS, k)
        return {"s": "".join(letters) + letters[-1] * (n - k)}
    if kind == "chain" and n >= 2:
        # a b a c b d c ... : each letter's span overlaps the next one's; then every
        # character is repeated a random number of times to make n.
        letters = rng.sample(LETTERS, min(26, n // 2))
        base = [letters[0]]
        for j in range(1, len(letters)):
            base += [letters[j], letters[j - 1]]
        base.append(letters[-1])
        repeats = [1] * len(base)
        for _ in range(n - len(base)):
            repeats[rng.randrange(len(base))] += 1
        return {"s": "".join(c * r for c, r in zip(base, repeats))}
    if kind == "one-part":
        s = [rng.choice(LETTERS[:rng.randint(2, 26)]) for _ in range(n)]
        s[-1] = s[0]
        return {"s": "".join(s)}
    if kind == "unicode":
        return {"s": _parts(n, rng, _pool(min(n, 60000), rng), 40, 4)}
    if kind == "unicode-distinct":
        return {"s": "".join(_pool(n, rng))}
    if kind == "unicode-one-part":
        pool = _pool(rng.randint(2, 5000), rng)
        s = [rng.choice(pool) for _ in range(n)]
        s[-1] = s[0]
        return {"s": "".join(s)}
    if rng.random() < 0.4:
        alphabet = LETTERS[:rng.choice((1, 2, 3, 5, 26))]
        return {"s": "".join(rng.choice(alphabet) for _ in range(n))}
    alphabet = "".join(rng.sample(LETTERS, 26))
    return {"s": _parts(n, rng, alphabet, max(1, n // rng.randint(2, 12)), 4)}
