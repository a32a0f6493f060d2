LIMIT = 10**5


def _apart(n, rng, hi, points=0.0, touch=0.0):
    """n intervals sorted by start inside 0..hi, each ending before the next starts. With
    probability `points` an interval is a single point; with probability `touch` it starts
    where the one before ends (only for the half-open follow-up, which has no points)."""
    ends = sorted(rng.sample(range(hi + 1), 2 * n))
    out = []
    for i in range(n):
        start, end = ends[2 * i], ends[2 * i + 1]
        if out and rng.random() < touch:
            start = out[-1][1]
        elif rng.random() < points:
            end = start
        out.append([start, end])
    return out


def _new(intervals, rng, hi, point=True):
    """A new interval whose ends are often an existing end, or one away from it."""
    marks = [x for iv in intervals for x in iv]

    def pick():
        if marks and rng.random() < 0.6:
            return min(hi, max(0, rng.choice(marks) + rng.choice([-1, 0, 0, 1])))
        return rng.randint(0, hi)

    a, b = sorted((pick(), pick()))
    if point and rng.random() < 0.1:
        b = a
    if not point and a == b:
        if b < hi:
            b += 1
        else:
            a -= 1
    return [a, b]


def generate(n, rng, kind="random"):
    """n intervals (0 to 10^4) and a new one.

    kind "random": over a range of about 2n to 5n (up to 10^5), the new interval's ends often
    on or next to an existing end, so that it touches, overlaps, swallows or falls between
    them; start < end everywhere, so that these inputs meet the half-open follow-up's
    constraints too (a search for a small failing input there draws on them); "mixed": the
    same with one interval in seven, and one new interval in ten, a single point; "swallow":
    spread over 0..10^5, the new interval covering the second half of them (a solution that
    rescans from the front after each fusion is quadratic here); "between": the new
    interval in a gap in the middle, fusing nothing; "everything": the new interval covers
    them all; "points": every interval a single point, the new one covering half of them;
    "touching": for the half-open follow-up, start < end everywhere and about half the
    intervals starting where the one before ends."""
    n = max(0, min(n, 10**4))
    if kind == "touching":
        hi = min(LIMIT, 2 * n + rng.randint(2, 3 * n + 2))
        intervals = _apart(n, rng, hi, touch=0.5)
        return {"intervals": intervals, "new_interval": _new(intervals, rng, hi, point=False)}
    if kind in ("random", "mixed"):
        hi = min(LIMIT, 2 * n + rng.randint(1, 3 * n + 2))
        points = kind == "mixed"
        intervals = _apart(n, rng, hi, points=1 / 7 if points else 0.0)
        return {"intervals": intervals, "new_interval": _new(intervals, rng, hi, point=points)}
    intervals = _apart(n, rng, LIMIT, points=1.0 if kind == "points" else 0.1)
    if not intervals or kind == "everything":
        new = [0, LIMIT]
    elif kind == "between":
        # The first gap from the middle on with a free value in it (2n distinct ends among
        # the 10^5 + 1 values leave many).
        def following(j):
            return intervals[j + 1][0] if j + 1 < n else LIMIT + 1

        j = next(j for j in list(range(n // 2, n)) + list(range(n // 2))
                 if following(j) - intervals[j][1] >= 2)
        a = rng.randint(intervals[j][1] + 1, following(j) - 1)
        new = [a, rng.randint(a, following(j) - 1)]
    elif kind == "points":
        new = [intervals[n // 4][0], intervals[3 * n // 4][0]]
    else:  # swallow
        new = [max(0, intervals[n // 2][0] - rng.randint(0, 1)), LIMIT]
    return {"intervals": intervals, "new_interval": new}
