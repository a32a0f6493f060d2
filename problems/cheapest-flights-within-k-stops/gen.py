TOP_PRICE = 10**4


def pack(n, links, src, dst, k, rng):
    """The input object, the flights shuffled into a random order."""
    flights = [[a, b, p] for (a, b), p in links.items()]
    rng.shuffle(flights)
    return {"n": n, "flights": flights, "src": src, "dst": dst, "k": k}


def random_links(n, m, rng, low, high):
    """m distinct one-way flights among n cities, prices in low..high."""
    links = {}
    while len(links) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b and (a, b) not in links:
            links[(a, b)] = rng.randint(low, high)
    return links


def generate(n, rng, kind="random"):
    """n cities (clamped to 2..100; the "large_sparse" kind of the no-stop-limit follow-up
    takes up to 10^4), prices 1..10^4, at most n * (n - 1) / 2 flights, no flight repeated.

    kind "random": about 2n flights (at least one out of src), prices from a small or a wide
    range (small ones make many equal totals), src, dst and k at random, k mostly small.
    "dense": every pair of cities joined by one flight in a random direction, k at random.
    "ladder": the cities in a hidden random order, a flight from each to every later one
    whose price grows with the square of the distance, so every extra stop saves money: the
    answer always uses the most flights allowed, relaxing improves prices for all k + 1
    rounds, and the number of routes is 2^(n - 2), k = n - 1 (the measuring family).
    "ladder_k": the same with k at random, so the limit binds. "chain": one cheap route
    through every city plus about 4n dear forward shortcuts, k at random. "cut": as random, with dst only
    reachable through more flights than k + 1 allow, or not at all. "large_sparse": up to 10^4
    cities and 5n flights (at most 5 * 10^4) around a random spanning tree from src,
    k = n - 1."""
    if kind == "large_sparse":
        n = max(2, min(n, 10**4))
        order = list(range(n))
        rng.shuffle(order)
        links = {}
        for i in range(1, n):
            links[(order[rng.randrange(i)], order[i])] = rng.randint(1, TOP_PRICE)
        target = min(5 * n, 5 * 10**4, n * (n - 1))
        while len(links) < target:
            a, b = rng.randrange(n), rng.randrange(n)
            if a != b and (a, b) not in links:
                links[(a, b)] = rng.randint(1, TOP_PRICE)
        src = order[0]
        dst = order[rng.randrange(1, n)]
        return pack(n, links, src, dst, n - 1, rng)
    n = max(2, min(n, 100))
    most = n * (n - 1) // 2
    if kind in ("ladder", "ladder_k"):
        order = list(range(n))
        rng.shuffle(order)
        links = {}
        for i in range(n):
            for j in range(i + 1, n):
                d = j - i
                links[(order[i], order[j])] = min(TOP_PRICE, d * d + rng.randint(0, d))
        k = n - 1 if kind == "ladder" else rng.randint(0, n - 1)
        return pack(n, links, order[0], order[-1], k, rng)
    if kind == "dense":
        links = {}
        low, high = rng.choice([(1, 10), (1, TOP_PRICE)])
        for a in range(n):
            for b in range(a + 1, n):
                pair = (a, b) if rng.random() < 0.5 else (b, a)
                links[pair] = rng.randint(low, high)
        src, dst = rng.sample(range(n), 2)
        return pack(n, links, src, dst, rng.randint(0, n - 1), rng)
    if kind == "chain":
        order = list(range(n))
        rng.shuffle(order)
        links = {}
        for i in range(n - 1):
            links[(order[i], order[i + 1])] = rng.randint(1, 20)
        for _ in range(min(4 * n, most - len(links))):
            i = rng.randrange(n - 1)
            j = rng.randint(i + 1, n - 1)
            if (order[i], order[j]) not in links:
                links[(order[i], order[j])] = rng.randint(50 * (j - i), 100 * (j - i))
        return pack(n, links, order[0], order[-1], rng.randint(0, n - 1), rng)
    src, dst = rng.sample(range(n), 2)
    low, high = rng.choice([(1, 5), (1, 100), (1, TOP_PRICE)])
    m = min(most, rng.randint(n, 2 * n))
    links = random_links(n, m, rng, low, high)
    if not any(a == src for a, _ in links) and len(links) < most:
        b = rng.choice([c for c in range(n) if c != src])
        if (src, b) not in links:
            links[(src, b)] = rng.randint(low, high)
    k = rng.randint(0, min(n - 1, rng.choice([1, 2, 3, n - 1])))
    if kind == "cut":
        # Keep only flights into dst from cities at least k + 1 flights away from src (by
        # fewest flights), so no route within the limit reaches it.
        hops = {src: 0}
        frontier = [src]
        while frontier:
            nxt = []
            for c in frontier:
                for (a, b) in links:
                    if a == c and b not in hops:
                        hops[b] = hops[c] + 1
                        nxt.append(b)
            frontier = nxt
        links = {(a, b): p for (a, b), p in links.items()
                 if b != dst or (a != src and hops.get(a, n) >= k + 1)}
    return pack(n, links, src, dst, k, rng)
