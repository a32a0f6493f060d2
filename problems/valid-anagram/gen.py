import string


def generate(n, rng, kind="random"):
    """s of n letters and t. kind "random": over a few letters, t a shuffle of s, a shuffle with
    one letter changed, or a string of a nearby length; "anagram": s over all 26 letters and t a
    shuffle of it (nothing can stop early: every letter must be counted); "late": t equals s but
    for its last letter, changed; "unicode": any characters (the any-characters follow-up)."""
    n = max(n, 1)
    if kind == "unicode":
        pool = "aAbBzZ09 !éèÉßΩωж中文🙂"
        s = "".join(rng.choice(pool) for _ in range(n))
        t = list(s)
        rng.shuffle(t)
        if rng.random() < 0.5:
            t[rng.randrange(n)] = rng.choice(pool)
        return {"s": s, "t": "".join(t)}
    if kind in ("anagram", "late"):
        s = "".join(rng.choice(string.ascii_lowercase) for _ in range(n))
        if kind == "late":
            last = s[-1]
            return {"s": s, "t": s[:-1] + ("a" if last != "a" else "z")}
        t = list(s)
        rng.shuffle(t)
        return {"s": s, "t": "".join(t)}
    pool = rng.choice(["ab", "abc", "az", "xyz", string.ascii_lowercase])
    s = "".join(rng.choice(pool) for _ in range(n))
    t = list(s)
    rng.shuffle(t)
    roll = rng.random()
    if roll < 0.3:
        t[rng.randrange(n)] = rng.choice(pool)
    elif roll < 0.45 and n < 5 * 10**4:
        t.append(rng.choice(pool))
    elif roll < 0.6 and n > 1:
        t.pop()
    return {"s": s, "t": "".join(t)}
