LIMIT = 10**6


def distinct_points(n, rng, make):
    """n distinct points, each drawn by make() until a new one comes up."""
    seen = set()
    points = []
    while len(points) < n:
        p = make()
        if p not in seen:
            seen.add(p)
            points.append([p[0], p[1]])
    return points


def generate(n, rng, kind="random"):
    """n points (clamped to 1..1000), distinct, coordinates in -10^6..10^6.

    kind "random": coordinates in a square whose half-side is picked at random, from one just
    large enough to hold n points (many equal distances, many ties) up to 10^6. "line": every
    point on one horizontal or vertical line. "grid": points of a lattice with a common step,
    so that many cables cost the same. "clusters": two to five tight groups far apart, joined
    by a few long cables. "outlier": all points but one in a small box and one far corner:
    the dearest cable is the last one a cheapest-first search reaches, after every other
    pair (the worst case for Kruskal's order with a slow cycle test; the measuring family).
    "extremes": points within a few units of the four corners of the allowed square."""
    n = max(1, min(n, 1000))
    if kind == "line":
        fixed = rng.randint(-LIMIT, LIMIT)
        spread = rng.choice([n, 10 * n, LIMIT])
        values = rng.sample(range(-spread, spread + 1), n)
        if rng.random() < 0.5:
            return {"points": [[v, fixed] for v in values]}
        return {"points": [[fixed, v] for v in values]}
    if kind == "grid":
        side = 1
        while side * side < n:
            side += 1
        step = rng.choice([1, 2, 7, 1000])
        x0 = rng.randint(-LIMIT, LIMIT - step * side)
        y0 = rng.randint(-LIMIT, LIMIT - step * side)
        cells = rng.sample(range(side * side), n)
        return {"points": [[x0 + step * (c % side), y0 + step * (c // side)] for c in cells]}
    if kind == "clusters":
        groups = rng.randint(2, 5)
        centres = [(rng.randint(-LIMIT + 1000, LIMIT - 1000), rng.randint(-LIMIT + 1000, LIMIT - 1000))
                   for _ in range(groups)]
        radius = max(3, int(n ** 0.5))

        def make():
            cx, cy = centres[rng.randrange(groups)]
            return cx + rng.randint(-radius, radius), cy + rng.randint(-radius, radius)
        return {"points": distinct_points(n, rng, make)}
    if kind == "outlier":
        radius = max(2, int(n ** 0.5))
        rest = distinct_points(n - 1, rng, lambda: (rng.randint(-radius, radius), rng.randint(-radius, radius)))
        far = [rng.choice([-LIMIT, LIMIT]), rng.choice([-LIMIT, LIMIT])]
        points = rest + [far] if n > 1 else [far]
        rng.shuffle(points)
        return {"points": points}
    if kind == "extremes":
        reach = max(2, int(n ** 0.5))

        def make():
            sx, sy = rng.choice([-1, 1]), rng.choice([-1, 1])
            return sx * (LIMIT - rng.randint(0, reach)), sy * (LIMIT - rng.randint(0, reach))
        return {"points": distinct_points(n, rng, make)}
    least = 1
    while (2 * least + 1) ** 2 < n:
        least += 1
    half = rng.choice([least, least + 1, 2 * least + 3, 100, 10**4, LIMIT])
    half = max(half, least)
    return {"points": distinct_points(n, rng, lambda: (rng.randint(-half, half), rng.randint(-half, half)))}
