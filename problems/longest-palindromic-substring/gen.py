ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def generate(n, rng, kind="random"):
    """A string of n letters and digits. kind "random": over an alphabet of
    2, 3, 4 or 62 characters (small ones make many palindromes); "same-letter": one character
    repeated, the worst case (every substring is a palindrome, every center grows to an end);
    "alternating": two characters in turn, odd palindromes only, almost as long as s;
    "planted": random text with a palindrome of about half its length hidden inside;
    "mirror": s itself a palindrome, odd or even length."""
    n = max(1, n)
    if kind == "same-letter":
        return {"s": rng.choice(ALNUM) * n}
    if kind == "alternating":
        a, b = rng.sample(ALNUM, 2)
        return {"s": "".join(a if i % 2 == 0 else b for i in range(n))}
    if kind == "mirror":
        half = "".join(rng.choice("abc") for _ in range(n // 2))
        middle = rng.choice(ALNUM) if n % 2 else ""
        return {"s": half + middle + half[::-1]}
    if kind == "planted":
        size = max(1, n // 2)
        half = "".join(rng.choice("xyz") for _ in range(size // 2))
        pal = half + ("q" if size % 2 else "") + half[::-1]
        rest = n - len(pal)
        left = rng.randint(0, rest)
        noise = lambda k: "".join(rng.choice(ALNUM) for _ in range(k))
        return {"s": noise(left) + pal + noise(rest - left)}
    alphabet = rng.choice(["ab", "abc", "aB1", "0123", ALNUM])
    return {"s": "".join(rng.choice(alphabet) for _ in range(n))}
