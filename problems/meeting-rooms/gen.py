HI = 10**6


def _apart(n, rng, hi):
    """n meetings within 0..hi, sorted by start, none overlapping: the gaps between n + 1
    distinct cut points, each sometimes shortened at one end (so some are back to back)."""
    cuts = sorted(rng.sample(range(hi + 1), n + 1))
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if b - a > 1 and rng.random() < 0.5:
            if rng.random() < 0.5:
                a = rng.randint(a, b - 1)
            else:
                b = rng.randint(a + 1, b)
        out.append([a, b])
    return out


def _clash(meetings, rng, i):
    """Make meeting i and the one after it (in start order) overlap, by as little as one."""
    nxt = meetings[i + 1]
    if rng.random() < 0.5:
        meetings[i][1] = rng.randint(nxt[0] + 1, nxt[1])
    else:
        meetings[i + 1][0] = rng.randint(meetings[i][0], meetings[i][1] - 1)


def generate(n, rng, kind="random"):
    """n meetings (0 to 10^4), 0 <= start < end <= 10^6, in no particular order.

    kind "random": over a window of about 3n to 10n values, one of: meetings apart or back
    to back (attendable), the same with one pair of neighbours overlapping (perhaps by one),
    the same with one meeting repeated, or meetings placed at random; "disjoint": over the
    whole range, attendable (nothing ends a pairwise scan early); "late_clash": the same,
    with the one overlapping pair last in the list (a pairwise scan meets it last);
    "dense": random meetings that mostly overlap; "two_tracks": two interleaved rows of
    meetings apart, so two people are always enough (the follow-up), with one meeting in
    three runs a third one over some moment."""
    n = max(0, min(n, 10**4))
    if kind == "disjoint":
        out = _apart(n, rng, HI)
        rng.shuffle(out)
        return {"intervals": out}
    if kind == "late_clash":
        out = _apart(n, rng, HI)
        if n >= 2:
            i = rng.randrange(n - 1)
            _clash(out, rng, i)
            pair = [out[i], out[i + 1]]
            rest = out[:i] + out[i + 2:]
            rng.shuffle(rest)
            out = rest + pair
        return {"intervals": out}
    if kind == "dense":
        out = []
        for _ in range(n):
            s = rng.randint(0, HI // 2 - 1)
            out.append([s, rng.randint(HI // 2, HI)])
        return {"intervals": out}
    if kind == "two_tracks":
        hi = min(HI, 5 * n + 10)
        out = _apart((n + 1) // 2, rng, hi) + _apart(n // 2, rng, hi)
        if n >= 3 and rng.random() < 0.3:
            # A third meeting inside a moment both rows are busy, if there is one.
            for _ in range(20):
                t = rng.randint(0, hi - 1)
                if sum(1 for s, e in out if s <= t < e) == 2:
                    out[rng.randrange(n)] = [t, t + 1]
                    break
        rng.shuffle(out)
        return {"intervals": out}
    hi = min(HI, rng.randint(3, 10) * n + 2)
    shape = rng.choice(["apart", "clash", "repeat", "random"])
    if shape == "random" or n < 2:
        out = []
        for _ in range(n):
            s = rng.randint(0, hi - 1)
            out.append([s, rng.randint(s + 1, min(hi, s + max(1, hi // max(1, n))))])
        return {"intervals": out}
    out = _apart(n, rng, hi)
    if shape == "clash":
        _clash(out, rng, rng.randrange(n - 1))
    elif shape == "repeat":
        out[rng.randrange(n)] = list(out[rng.randrange(n)])
    rng.shuffle(out)
    return {"intervals": out}
