LEN_MAX = 300


def word(length, alphabet, rng):
    return "".join(rng.choice(alphabet) for _ in range(length))


def shuffle_in(s1, s2, rng, origins=None):
    """A random interleaving of s1 and s2: each letter of the result comes from the front of
    one of them, with a chance proportional to how much of each is left. `origins`, when
    given, receives 1 or 2 for each letter: the string it came from."""
    out, i, j = [], 0, 0
    while i < len(s1) or j < len(s2):
        if rng.randrange(len(s1) - i + len(s2) - j) < len(s1) - i:
            out.append(s1[i])
            i += 1
            if origins is not None:
                origins.append(1)
        else:
            out.append(s2[j])
            j += 1
            if origins is not None:
                origins.append(2)
    return "".join(out)


def swap_within(s3, origins, rng):
    """s3 with two different letters swapped that came from the same string, at neighbouring
    positions of that string: the letter counts still match, but that string's order is
    broken (the other string may still make up for it; the reference decides)."""
    for _ in range(100):
        which = rng.choice([1, 2])
        spots = [k for k, o in enumerate(origins) if o == which]
        if len(spots) < 2:
            continue
        t = rng.randrange(len(spots) - 1)
        p, q = spots[t], spots[t + 1]
        if s3[p] != s3[q]:
            chars = list(s3)
            chars[p], chars[q] = chars[q], chars[p]
            return "".join(chars)
    return s3


def spoil(s3, alphabet, rng):
    """s3 with one small change: two neighbouring letters swapped, or one letter replaced.
    The result may still be an interleaving; the reference decides."""
    if len(s3) < 2:
        return s3 + rng.choice(alphabet) if rng.random() < 0.5 else ""
    k = rng.randrange(len(s3) - 1)
    if rng.random() < 0.6:
        return s3[:k] + s3[k + 1] + s3[k] + s3[k + 2:]
    return s3[:k] + rng.choice(alphabet) + s3[k + 1:]


def runs(length, rng):
    """Blocks of one repeated letter over "ab": long runs make many ways to split s3."""
    out = []
    while len(out) < length:
        out.extend(rng.choice("ab") * rng.randint(1, 6))
    return "".join(out[:length])


def generate(n, rng, kind="random"):
    """s1 of about n letters (n clamped to 0..300), s2 and s3.

    kind "random": up to 12, lengths 0..n and 0..n over "ab" or "abc", s3 a random
    interleaving, spoilt half the time (two neighbours swapped or a letter replaced); above,
    s1 of n letters and s2 of n / 2 to n over "ab", half the time with two letters of one
    string swapped in s3 (the letter counts still match). "runs": the same
    with strings made of runs of one letter. "blowup": a^(n-1) b, a^(n-1) c and
    a^(2n-3) c b a, which is no interleaving although the letters match: every split of the
    run of a's must be ruled out (the measuring family; exponential without memory).
    "same-letter": a^n, a^(n/2) and a^(3n/2 rounded): every cell of the table is true.
    "one-empty": s2 empty, s3 s1 itself or spoilt. "noisy": for the extra-letters follow-up,
    s1 and s2 of n letters (at most 250) interleaved with up to 100 extra letters in s3,
    spoilt half the time."""
    n = max(0, min(n, LEN_MAX))
    if kind == "blowup":
        n = max(n, 2)
        return {"s1": "a" * (n - 1) + "b", "s2": "a" * (n - 1) + "c", "s3": "a" * (2 * n - 3) + "cba"}
    if kind == "same-letter":
        m = n // 2
        return {"s1": "a" * n, "s2": "a" * m, "s3": "a" * (n + m)}
    if kind == "one-empty":
        s1 = word(n, "abc", rng)
        s3 = s1 if rng.random() < 0.5 else spoil(s1, "abc", rng)
        return {"s1": s1, "s2": "", "s3": s3}
    if kind == "noisy":
        n = min(n, 250)
        s1, s2 = word(n, "ab", rng), word(n, "ab", rng)
        s3 = list(shuffle_in(s1, s2, rng))
        for _ in range(rng.randint(0, min(100, 600 - len(s3)))):
            s3.insert(rng.randint(0, len(s3)), rng.choice("abc"))
        s3 = "".join(s3)
        if rng.random() < 0.5:
            s3 = spoil(s3, "ab", rng)
        return {"s1": s1, "s2": s2, "s3": s3}
    if n <= 12:
        alphabet = rng.choice(["ab", "ab", "abc"])
        s1 = word(rng.randint(0, n), alphabet, rng)
        s2 = word(rng.randint(0, n), alphabet, rng)
    elif kind == "runs":
        s1, s2, alphabet = runs(n, rng), runs(rng.randint(n // 2, n), rng), "ab"
    else:
        s1, s2, alphabet = word(n, "ab", rng), word(rng.randint(n // 2, n), "ab", rng), "ab"
    origins = []
    s3 = shuffle_in(s1, s2, rng, origins)
    if rng.random() < 0.5:
        s3 = spoil(s3, alphabet, rng) if n <= 12 else swap_within(s3, origins, rng)
    return {"s1": s1, "s2": s2, "s3": s3}
