def generate(n, rng, kind="random"):
    """n roots and n words. kind "random": roots of 2-6 letters over "abcd", words of 3-12
    letters; "nested": roots that are prefixes of each other (a, ab, abc, ...);
    "miss": roots of one alphabet, words of another."""
    n = max(n, 1)
    def word(alphabet, low, high):
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))
    if kind == "nested":
        base = word("abcd", 20, 20)
        roots = [base[: rng.randint(1, 20)] for _ in range(n)]
        words = [base[: rng.randint(1, 20)] + word("abcd", 0, 10) for _ in range(n)]
    elif kind == "miss":
        roots = [word("abcd", 2, 6) for _ in range(n)]
        words = [word("wxyz", 3, 12) for _ in range(n)]
    else:
        roots = [word("abcd", 2, 6) for _ in range(n)]
        words = [word("abcd", 3, 12) for _ in range(n)]
    return {"dictionary": roots, "sentence": " ".join(words)}
