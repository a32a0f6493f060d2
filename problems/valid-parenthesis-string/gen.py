def balanced(m, rng, lean=0.5):
    """A random balanced bracket string of length m (m even). `lean` is the chance of opening
    when both moves are possible: above 0.5 nests deeper."""
    out, depth = [], 0
    for i in range(m):
        left = m - i
        if depth == 0:
            opening = True
        elif depth == left:
            opening = False
        else:
            opening = rng.random() < lean
        out.append("(" if opening else ")")
        depth += 1 if opening else -1
    return out


def starred(chars, rng, p):
    """Each character turned into a star with probability p (a balanced string stays valid:
    the star can be what it replaced)."""
    return ["*" if rng.random() < p else ch for ch in chars]


def generate(n, rng, kind="random"):
    """A string of n characters (n clamped to 1..10^5).

    kind "random" (the stress mix): a balanced string with some characters turned into stars
    and sometimes one character changed, or plain random characters. "balanced": a balanced
    string with about 15% stars (odd n: one extra star): True. "stars": the same with about
    half the characters stars, so the range of possible open counts is wide all along (the
    measuring family): True. "late_open": a balanced string with stars, then a '(' as the last
    character: False, known only at the end. "deep": n / 2 '(' then the closing half with a
    quarter of it stars (and the odd character a star), shuffled: True, nested n / 2 deep. "deep_fail": the same with one of
    the closing half turned into '(': False at the end. "broken": balanced with stars and one
    character changed at random."""
    n = max(1, min(n, 10**5))
    even = n - n % 2
    if kind == "random":
        shape = rng.random()
        if shape < 0.3:
            return {"s": "".join(rng.choice("()*") for _ in range(n))}
        chars = starred(balanced(even, rng, rng.choice((0.5, 0.7))), rng, rng.choice((0.1, 0.3, 0.5)))
        if n % 2:
            chars.insert(rng.randrange(len(chars) + 1), rng.choice("()*"))
        if shape < 0.7:
            chars[rng.randrange(n)] = rng.choice("()*")
        return {"s": "".join(chars)}
    if kind in ("deep", "deep_fail"):
        half = n // 2
        closing = [")"] * (half - half // 4) + ["*"] * (n - half - (half - half // 4))
        rng.shuffle(closing)
        if kind == "deep_fail" and closing:
            closing[rng.randrange(len(closing))] = "("
        return {"s": "(" * half + "".join(closing)}
    p = {"stars": 0.5}.get(kind, 0.15)
    if kind == "late_open":
        chars = starred(balanced(even if n % 2 else even - 2, rng), rng, p)
        chars += ["*"] * (n - 1 - len(chars)) + ["("]
        return {"s": "".join(chars)}
    chars = starred(balanced(even, rng), rng, p)
    if n % 2:
        chars.insert(rng.randrange(len(chars) + 1), "*")
    if kind == "broken":
        chars[rng.randrange(n)] = rng.choice("()")
    return {"s": "".join(chars)}
