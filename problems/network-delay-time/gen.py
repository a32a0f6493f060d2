def generate(n, rng, kind="random"):
    """n nodes. kind "random": a random spanning tree from a random source plus about 4n
    random links; "chain": 1 -> 2 -> ... -> n with slow links and random faster shortcuts
    (many improvements, the worst order for relaxing edges); "cut": as random, with one
    node no link reaches; "star": every node linked from the source, plus random links;
    "long-chain": 1 -> 2 -> ... -> n at weight 1 with random backward links, listed from the
    far end, so that relaxing edge by edge needs n - 1 rounds."""
    n = max(n, 1)
    k = rng.randint(1, n)
    links = {}
    def add(u, v, w):
        if u != v and (u, v) not in links:
            links[(u, v)] = w
    cut = rng.randint(1, n) if kind == "cut" and n > 1 else None
    if cut == k:
        k = cut % n + 1
    if kind == "long-chain":
        k = 1
        for v in range(2, n + 1):
            add(v - 1, v, 1)
        for _ in range(min(n, 6 * 10**4 - n)):
            u = rng.randint(2, n) if n > 1 else 1
            add(u, rng.randint(1, u - 1) if u > 1 else u, rng.randint(0, 100))
        ordered = sorted(links.items(), key=lambda item: -item[0][0])
        return {"times": [[u, v, w] for (u, v), w in ordered], "n": n, "k": k}
    if kind == "chain":
        k = 1
        for v in range(2, n + 1):
            add(v - 1, v, 100)
        for _ in range(min(4 * n, 6 * 10**4 - n)):
            u = rng.randint(1, n - 1) if n > 1 else 1
            add(u, min(n, u + rng.randint(2, 50)), rng.randint(0, 100))
        # Listed from the far end, so that edge-by-edge relaxation needs many rounds.
        ordered = sorted(links.items(), key=lambda item: -item[0][0])
        return {"times": [[u, v, w] for (u, v), w in ordered], "n": n, "k": k}
    order = [v for v in range(1, n + 1) if v != k and v != cut]
    rng.shuffle(order)
    reached = [k]
    for v in order:
        u = reached[rng.randrange(len(reached))] if kind != "star" else k
        add(u, v, rng.randint(0, 100))
        reached.append(v)
    extra = min(4 * n, 6 * 10**4 - len(links))
    for _ in range(extra):
        u, v = rng.randint(1, n), rng.randint(1, n)
        if v != cut:
            add(u, v, rng.randint(0, 100))
    times = [[u, v, w] for (u, v), w in links.items()]
    rng.shuffle(times)
    return {"times": times, "n": n, "k": k}
