import string


def generate(n, rng, kind="random"):
    """s of n letters over "abcdefgh" and t. kind "random": t of 3 letters; "long-t": t of
    50 letters; "late": s of a's with t's letters only at the end; "none": t needs a 'z'
    that s lacks; "sparse": t = "ab" and s has no 'b' but for 32 spread through it, so that a
    window from most starts must run on about n / 64 letters to the next 'b'."""
    n = max(n, 1)
    if kind == "sparse":
        chars = rng.choices("acdefgh", k=n)
        gap = max(1, n // 32)
        for k in range(32):
            chars[min(n - 1, k * gap + rng.randrange(gap))] = "b"
        return {"s": "".join(chars), "t": "ab"}
    if kind == "late":
        s = "a" * max(0, n - 3) + "xyz"[: min(3, n)]
        return {"s": s[:n], "t": "xyz"[: min(3, n)]}
    s = "".join(rng.choice("abcdefgh") for _ in range(n))
    if kind == "none":
        return {"s": s, "t": "abz"}
    size = 50 if kind == "long-t" else 3
    t = "".join(rng.choice("abcdefgh") for _ in range(min(size, n)))
    return {"s": s, "t": t}
