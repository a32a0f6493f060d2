import string


def generate(n, rng, kind="random"):
    """A string of n letters (1 to 16). kind "random": over 2 or 3 letters, so palindromes are
    common; "wide": over the whole alphabet (few palindromes); "same-letter": one letter
    repeated, every cut works (2^(n-1) ways)."""
    n = max(1, min(n, 16))
    if kind == "same-letter":
        return {"s": rng.choice(string.ascii_lowercase) * n}
    letters = string.ascii_lowercase if kind == "wide" else rng.sample(string.ascii_lowercase, rng.randint(2, 3))
    return {"s": "".join(rng.choice(letters) for _ in range(n))}
