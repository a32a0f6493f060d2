def generate(n, rng, kind="random"):
    """n meetings. kind "random": starts over the whole day, lengths up to 1000; "chain":
    back to back; "dense": every meeting spans the middle of the day."""
    n = max(n, 1)
    if kind == "chain":
        step = max(1, 10**6 // (n + 1))
        out = [[i * step, (i + 1) * step] for i in range(n)]
        rng.shuffle(out)
        return {"intervals": out}
    out = []
    for _ in range(n):
        if kind == "dense":
            s = rng.randint(0, 5 * 10**5 - 1)
            e = rng.randint(5 * 10**5, 10**6)
        else:
            s = rng.randint(0, 10**6 - 1)
            e = min(10**6, s + rng.randint(1, 1000))
        out.append([s, e])
    return {"intervals": out}
