def generate(n, rng, kind="random"):
    """n sorted values in -1000..1000 and a target met by exactly one pair of positions.

    kind "random": the pair a + b == target planted among fillers drawn from values whose
    partner (target - v) is never present; "late": every filler below the pair, so the pair is
    the two largest values (the last pair an all-pairs scan tries, and the two pointers' left end
    must walk the whole list); "rotated": a random list rotated by a random amount (the rotated
    follow-up)."""
    n = max(n, 2)
    if kind == "late":
        a = rng.randint(-400, 400)
        b = rng.randint(a, min(a + 600, 1000 - a))
        fillers = sorted(rng.randint(-1000, a - 1) for _ in range(n - 2))
        return {"numbers": fillers + [a, b], "target": a + b}
    target = rng.randint(-1000, 1000)
    low, high = max(-1000, target - 1000), min(1000, target + 1000)
    a = rng.randint(low, high)
    b = target - a
    # Of every pair {v, target - v}, at most one side may appear among the fillers; the planted
    # values and half the target stay out.
    allowed = []
    for v in range(-1000, 1001):
        w = target - v
        if v in (a, b) or w in (a, b) or v >= w and -1000 <= w <= 1000:
            continue
        # v < w here, or w is out of range: keep v, or (w in range) its partner w instead.
        if not -1000 <= w <= 1000:
            allowed.append(v)
        else:
            allowed.append(v if rng.random() < 0.5 else w)
    rng.shuffle(allowed)
    pool = allowed[: rng.randint(1, max(1, min(len(allowed), n)))]
    nums = [rng.choice(pool) for _ in range(n - 2)] + [a, b]
    nums.sort()
    if kind == "rotated":
        k = rng.randrange(n)
        nums = nums[k:] + nums[:k]
    return {"numbers": nums, "target": target}
