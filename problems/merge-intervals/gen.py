def generate(n, rng, kind="random"):
    """n intervals. kind "random": short intervals over a range about 3n wide (many small
    groups); "disjoint": point intervals at even positions (at most 5001
    apart, so repeats beyond that), shuffled; "chain": consecutive touching intervals,
    shuffled (one group); "points": a point interval at every position 0..n-1, shuffled
    (n groups, none merging: the most groups the constraints allow)."""
    n = max(n, 1)
    if kind == "disjoint":
        out = [[2 * (i % 5001), 2 * (i % 5001)] for i in range(n)]
        rng.shuffle(out)
        return {"intervals": out}
    if kind == "points":
        out = [[i % 10001, i % 10001] for i in range(n)]
        rng.shuffle(out)
        return {"intervals": out}
    if kind == "chain":
        out = [[i % 10000, i % 10000 + 1] for i in range(n)]
        rng.shuffle(out)
        return {"intervals": out}
    span = min(10**4, 3 * n)
    out = []
    for _ in range(n):
        a = rng.randint(0, span)
        out.append([a, min(10**4, a + rng.randint(0, 3))])
    return {"intervals": out}
