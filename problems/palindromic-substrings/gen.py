LETTERS = "abcdefghijklmnopqrstuvwxyz"


def generate(n, rng, kind="random"):
    """A string of n lowercase letters. kind "random": over 2, 3, 4 or 26 letters (small
    alphabets make many palindromes); "same-letter": one letter repeated, the worst case (every
    substring is a palindrome, every center grows to an end); "alternating": two letters in
    turn; "mirror": s itself a palindrome over three letters."""
    n = max(1, n)
    if kind == "same-letter":
        return {"s": rng.choice(LETTERS) * n}
    if kind == "alternating":
        a, b = rng.sample(LETTERS, 2)
        return {"s": "".join(a if i % 2 == 0 else b for i in range(n))}
    if kind == "mirror":
        half = "".join(rng.choice("abc") for _ in range(n // 2))
        middle = rng.choice(LETTERS) if n % 2 else ""
        return {"s": half + middle + half[::-1]}
    alphabet = rng.choice(["ab", "abc", "xyzw", LETTERS])
    return {"s": "".join(rng.choice(alphabet) for _ in range(n))}
