import string


def generate(n, rng, kind="random"):
    """s of n uppercase letters and k. kind "random": letters from a few (or all 26), k from 0 to
    n; "mostly-one": almost all 'A' with a few other letters spread through, k = 10, so the answer
    is close to n (a window extended from every start runs far); "cycle": the alphabet over and
    over, no two equal neighbours; "runs": runs of random letters and lengths."""
    n = max(n, 1)
    if kind == "mostly-one":
        chars = ["A"] * n
        for _ in range(max(1, n // 1000)):
            chars[rng.randrange(n)] = rng.choice("BCD")
        return {"s": "".join(chars), "k": min(n, 10)}
    if kind == "cycle":
        s = "".join(string.ascii_uppercase[i % 26] for i in range(n))
        return {"s": s, "k": rng.randint(0, min(n, 30))}
    if kind == "runs":
        chars = []
        while len(chars) < n:
            chars += rng.choice("ABCDE") * rng.randint(1, 40)
        return {"s": "".join(chars[:n]), "k": rng.randint(0, min(n, 50))}
    pool = rng.choice(["AB", "ABC", "XYZW", string.ascii_uppercase])
    s = "".join(rng.choice(pool) for _ in range(n))
    k = rng.randint(0, n) if rng.random() < 0.3 else rng.randint(0, min(n, 3))
    return {"s": s, "k": k}
