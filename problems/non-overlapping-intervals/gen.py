LO, HI = -5 * 10**4, 5 * 10**4


def _interval(rng, lo, hi, longest):
    start = rng.randint(lo, hi - 1)
    return [start, min(hi, start + rng.randint(1, longest))]


def generate(n, rng, kind="random"):
    """n intervals with -5 * 10^4 <= start < end <= 5 * 10^4 (the `costs` follow-up: some
    of them [start, end, cost]).

    kind "random": over a window of about 3n values (anywhere in the range, negatives
    included), lengths mostly short and now and then long, so that intervals touch, repeat,
    nest and overlap; "chain": unit intervals end to end, shuffled (all stay: 0); "nested":
    each interval inside the one before (some equal), shuffled (all but one go); "trap":
    long intervals, each lying over a few short ones that follow each other (keeping the
    interval that starts first is wrong); "wide": anywhere in the whole range, any length
    (heavy overlap); "costs": the follow-up, the "random" or "trap" shapes with a cost of 1
    to 10^4 on most intervals, long intervals mostly the dearest (so that keeping the most
    intervals is not keeping the most cost)."""
    n = max(1, min(n, 10**5))
    if kind == "chain":
        first = rng.randint(LO, HI - n)
        out = [[first + i, first + i + 1] for i in range(n)]
    elif kind == "nested":
        centre = rng.randint(-10, 10)
        half = sorted((rng.randint(1, 5 * 10**4 - 10) for _ in range(n)), reverse=True)
        out = [[centre - h, centre + h] for h in half]
    elif kind == "wide":
        out = [_interval(rng, LO, HI, 2 * 10**4) for _ in range(n)]
    elif kind in ("trap", "costs") and (kind == "trap" or rng.random() < 0.5):
        # Groups of one long interval over up to three short ones end to end.
        out = []
        pos = rng.randint(LO, LO + 100)
        while len(out) < n:
            if pos > HI - 20:
                pos = rng.randint(LO, LO + 100)  # past 10^5 intervals or so: round again
            shorts = min(n - len(out) - 1, rng.randint(1, 3))
            steps = [rng.randint(1, 3) for _ in range(shorts)]
            out.append([pos, pos + max(1, sum(steps)) + rng.randint(0, 1)])
            for s in steps:
                out.append([pos, pos + s])
                pos += s
            pos += rng.randint(0, 2)
        rng.shuffle(out)
    else:
        span = min(HI - LO, 3 * n + 3)
        lo = rng.randint(LO, HI - span)
        longest = max(1, span // 3)
        out = [_interval(rng, lo, lo + span, 4 if rng.random() < 0.8 else longest)
               for _ in range(n)]
    if kind == "costs":
        for iv in out:
            if rng.random() < 0.85:
                dear = iv[1] - iv[0] > 3 and rng.random() < 0.7
                iv.append(rng.randint(5000, 10**4) if dear else rng.randint(1, 5000))
    return {"intervals": out}
