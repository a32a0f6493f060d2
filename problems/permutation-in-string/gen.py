import string


def generate(n, rng, kind="random"):
    """s2 of n letters (at least 1) and s1 of up to n. kind "random": both over a few letters,
    half the time with s1 a shuffled piece of s2 (so the answer is often True); "miss": s1 is
    n // 2 letters, half 'a' and half 'b', and s2 repeats "aab", so no window matches and every
    window is examined; "unicode" (the any-alphabet follow-up): letters from outside a-z too."""
    n = max(n, 1)
    if kind == "miss":
        half = max(1, n // 2)
        s1 = list("a" * (half // 2) + "b" * (half - half // 2))
        rng.shuffle(s1)
        s2 = ("aab" * (n // 3 + 1))[:n]
        return {"s1": "".join(s1), "s2": s2}
    if kind == "unicode":
        letters = rng.sample("aAzZ09é€ßΩ字🙂 -", rng.randint(2, 6))
    else:
        letters = string.ascii_lowercase[:rng.randint(1, 5)] if rng.random() < 0.8 else string.ascii_lowercase
    s2 = "".join(rng.choice(letters) for _ in range(n))
    m = rng.randint(1, n)
    if rng.random() < 0.5:
        start = rng.randint(0, n - m)
        s1 = list(s2[start:start + m])
        rng.shuffle(s1)
        if rng.random() < 0.3:
            s1[rng.randrange(m)] = rng.choice(letters)
        s1 = "".join(s1)
    else:
        s1 = "".join(rng.choice(letters) for _ in range(m))
    return {"s1": s1, "s2": s2}
