def generate(n, rng, kind="random"):
    """n cars with distinct positions below target. kind "random": target up to 10^6 (small for
    small n, with speeds 1..6, so that ties at the target happen), speeds mixed; "no_catch":
    every car at the same speed, so no car ever catches another and each one is a fleet (looking
    for a faster car ahead never stops early); "one_fleet": the car nearest the target is the
    slowest by far, so every car ends in its fleet."""
    n = max(1, min(n, 10**5))
    if n <= 50:
        target = rng.randint(n, 4 * n + 5)
        top = 6
    else:
        target = rng.randint(max(n, 10**5), 10**6)
        top = 10**6 if rng.random() < 0.5 else 100
    position = rng.sample(range(target), n)
    if kind == "no_catch":
        s = rng.randint(1, top)
        speed = [s] * n
    elif kind == "one_fleet":
        # Every other car covers its distance within an hour; the front car needs at least one.
        speed = [rng.randint(target, 10**6) for _ in range(n)]
        speed[max(range(n), key=lambda i: position[i])] = 1
    else:
        speed = [rng.randint(1, top) for _ in range(n)]
    return {"target": target, "position": position, "speed": speed}
