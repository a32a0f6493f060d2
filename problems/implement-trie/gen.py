import string


def generate(n, rng, kind="random"):
    """n calls. kind "random": words of 1-8 letters over a 5-letter alphabet, inserts and
    queries mixed; "deep": 12-20 letter words sharing long prefixes; "prefix": a first
    half of inserts, then prefix queries; "absent": a first half of inserts over the letters
    a-m, then searches and prefix queries over n-z, which no inserted word matches."""
    n = max(n, 2)
    if kind == "absent":
        ops, args = ["Trie"], [[]]
        for i in range(n - 1):
            letters = "abcdefghijklm" if i < n // 2 else "nopqrstuvwxyz"
            w = "".join(rng.choices(letters, k=rng.randint(1, 8)))
            ops.append("insert" if i < n // 2 else rng.choice(("search", "starts_with")))
            args.append([w])
        return {"operations": ops, "arguments": args}
    ops, args = ["Trie"], [[]]
    stem = "".join(rng.choice(string.ascii_lowercase) for _ in range(10))
    def word():
        if kind == "deep":
            return stem + "".join(rng.choice("abc") for _ in range(rng.randint(2, 10)))
        return "".join(rng.choice("abcde") for _ in range(rng.randint(1, 8)))
    for i in range(n - 1):
        w = word()
        roll = rng.random()
        if (kind == "prefix" and i < n // 2) or (kind != "prefix" and roll < 0.4):
            ops.append("insert")
        elif kind == "prefix" or roll < 0.7:
            ops.append("starts_with" if kind == "prefix" or roll >= 0.55 else "search")
            w = w[: rng.randint(1, len(w))]
        else:
            ops.append("search")
        args.append([w])
    return {"operations": ops, "arguments": args}
