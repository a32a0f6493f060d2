def generate(n, rng, kind="random"):
    """n items, sorted within each stream. kind "random": 10 streams (or fewer for small
    n); "two": two streams; "many": 1000 streams; "lopsided": one stream with almost
    every item."""
    count = {"two": 2, "many": 1000}.get(kind, max(1, min(10, n // 3 + 1)))
    streams = [[] for _ in range(count)]
    for _ in range(n):
        target = 0 if kind == "lopsided" and rng.random() < 0.99 else rng.randrange(count)
        streams[target].append(rng.randint(-10**9, 10**9))
    return {"streams": [{"items": sorted(s)} for s in streams]}
