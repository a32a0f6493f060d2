def generate(n, rng, kind="random"):
    """n stations with a unique start (a random one, or near the end for kind "late"), or
    with one unit too little gas in all (kind "short"). Kind "plateau": gas equals cost at
    every station but up to sixteen evenly spread ones (one unit short each) and the last (as
    many units over), so the last station is the only start and every other start drives on, about
    n / 32 stations on average, to the next short one before failing."""
    n = max(n, 1)
    if kind == "plateau":
        cost = [rng.randint(16, 10**4 - 16) for _ in range(n)]
        gas = list(cost)
        # The last short station is the second last, so no start after it works.
        short = set()
        if n >= 2:
            short = {min(n - 2, max(0, (k + 1) * n // 16 - 1)) for k in range(16)}
        for i in short:
            gas[i] -= 1
        gas[n - 1] += len(short)
        return {"gas": gas, "cost": cost}
    start = rng.randrange(n) if kind != "late" else max(0, n - 1 - rng.randrange(min(n, 5)))
    # Differences along the trip from `start`: the running sum stays >= 1 until the last
    # leg, which brings it back to exactly 0, so `start` is the only valid start.
    diffs, running = [], 0
    for k in range(n - 1):
        high = 0 if running > 5000 else 10
        d = rng.randint(max(1 - running, -10), max(1 - running, high))
        diffs.append(d)
        running += d
    diffs.append(-running)
    gas, cost = [0] * n, [0] * n
    for k, d in enumerate(diffs):
        i = (start + k) % n
        c = rng.randint(max(0, -d), min(10**4, 10**4 - d))
        gas[i], cost[i] = c + d, c
    if kind == "short":
        # Take away the surplus and one unit more: no start works.
        surplus = sum(gas) - sum(cost) + 1
        for i in range(n):
            take = min(gas[i], surplus)
            gas[i] -= take
            surplus -= take
            if surplus == 0:
                break
    return {"gas": gas, "cost": cost}
