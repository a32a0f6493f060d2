LIMIT = 2**31 - 1


def _digits(rng, n, alphabet, lone_zeros):
    """n characters drawn from alphabet. A 0 drawn after a digit other than 1 or 2 (which
    makes the count 0) is kept with probability lone_zeros, and otherwise becomes a 1 or a 2.
    A character which would push the number of decodings of the prefix past 2^31 - 1 is
    replaced: by "0" after a 1 or a 2 (the pair is then forced) and by "9" otherwise (no
    pair), so every prefix, and the whole string, stays within the constraint."""
    out = []
    prev, cur = 0, 1
    for _ in range(n):
        ch = rng.choice(alphabet)
        if ch == "0" and not (out and out[-1] in "12") and rng.random() >= lone_zeros:
            ch = rng.choice("12")
        for attempt in (ch, "0" if out and out[-1] in "12" else "9"):
            nxt = cur if attempt != "0" else 0
            if out and (out[-1] == "1" or (out[-1] == "2" and attempt <= "6")):
                nxt += prev
            if nxt <= LIMIT:
                break
        out.append(attempt)
        prev, cur = cur, nxt
    return "".join(out)


def generate(n, rng, kind="random"):
    """A string of n digits (1 to 100; the wildcard follow-up up to 10^5) whose number of
    decodings fits in 32 bits.

    kind "random": all ten digits, 1 and 2 more often, a 0 about one time in eight, mostly
    after a 1 or a 2 (so both zero and non-zero answers come up); "ones": 1s and 2s with a few 6s and 7s, the
    most decodings the limit allows (no zero but the forced ones that keep the count within
    2^31 - 1: nothing ends the work early, and a search that forgets makes about as many
    calls as there are decodings); "zeros": zeros among 1s, 2s and 3s, a third of them or
    more, often in pairs, and now and then one that no digit before it can take;
    "stars": the wildcard follow-up, digits and "*" (no limit on the count)."""
    n = max(1, min(n, 10**5))
    if kind == "stars":
        return {"s": "".join(rng.choice("**1122334567890") for _ in range(n))}
    if kind == "ones":
        return {"s": _digits(rng, n, "1212121212121267", 0)}
    if kind == "zeros":
        return {"s": _digits(rng, n, "00001112223", 0.02)}
    return {"s": _digits(rng, n, "0111222334567789", rng.choice([0.0, 0.1, 0.5, 1.0]))}
