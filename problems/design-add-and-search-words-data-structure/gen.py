import string


def generate(n, rng, kind="random"):
    """n calls (the constructor included). kind "random": words of 1 to 6 letters over a-d, adds
    and searches mixed, searches with 0 to 2 dots; "long": 15 to 25 letter words sharing a
    long stem, searches built from stored words with letters changed or dotted; "absent": a
    first half of adds of 25-letter words sharing a 20-letter stem, then searches of the same
    length that follow the stem and differ only in the last letters (no early mismatch, no
    match)."""
    n = max(n, 2)
    ops, args = ["WordDictionary"], [[]]
    stem = "".join(rng.choice(string.ascii_lowercase) for _ in range(20))
    added = []

    def dotted(w, dots):
        w = list(w)
        for i in rng.sample(range(len(w)), min(dots, len(w))):
            w[i] = "."
        return "".join(w)

    for i in range(n - 1):
        if kind == "absent":
            if i < n // 2:
                w = stem + "".join(rng.choice("abcdefghijklm") for _ in range(5))
                ops.append("add_word")
            else:
                w = stem[:] + "".join(rng.choice("abcdefghijklm") for _ in range(4)) + rng.choice("nopqrstuvwxyz")
                w = w[:20] + dotted(w[20:24], rng.randint(0, 2)) + w[24:]
                ops.append("search")
            args.append([w])
            continue
        if kind == "long":
            w = stem[: rng.randint(5, 15)] + "".join(rng.choice("abc") for _ in range(rng.randint(5, 10)))
        else:
            w = "".join(rng.choice("abcd") for _ in range(rng.randint(1, 6)))
        if rng.random() < 0.45 or not added:
            ops.append("add_word")
            added.append(w)
        else:
            ops.append("search")
            if rng.random() < 0.5:
                w = rng.choice(added)
                if rng.random() < 0.3:
                    j = rng.randrange(len(w))
                    w = w[:j] + rng.choice("abcd") + w[j + 1:]
            w = dotted(w, rng.choice((0, 0, 1, 2)))
        args.append([w])
    return {"operations": ops, "arguments": args}
