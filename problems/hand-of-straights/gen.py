TOP = 10**9


def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))


def pick_size(n, rng, lo=1, hi=None):
    """A group size dividing n, between lo and hi when one exists there."""
    hi = n if hi is None else hi
    options = [d for d in divisors(n) if lo <= d <= hi]
    return rng.choice(options or divisors(n))


def valid_hand(n, group_size, rng, spread, base):
    """n // group_size groups with starts in base .. base + spread, shuffled: always True."""
    hand = []
    for _ in range(n // group_size):
        start = base + rng.randint(0, spread)
        hand.extend(range(start, start + group_size))
    rng.shuffle(hand)
    return hand


def base_for(rng, spread, group_size, large=False):
    """Where the values begin: near 0 usually, near 10^9 when `large`."""
    room = TOP - spread - group_size
    if large:
        return rng.randint(max(0, room - 1000), room)
    return rng.randint(0, min(room, 20))


def generate(n, rng, kind="random"):
    """A hand of n cards (n clamped to 1..10^5) and a group size.

    kind "random" (the stress mix): a group size that usually divides n, then a valid hand
    (True), a valid hand with one card moved (mostly False) or plain random values; sometimes
    near 10^9. "valid": a group size dividing n and groups whose starts spread over about n
    values, shuffled: True, so every card is processed (the measuring family). "late": the
    same with the largest card raised by one, so the greedy fails only at the very end.
    "broken": valid with one random card changed. "dups": a group size of 2 to 5 and starts
    within a few values, so each value has thousands of copies: True. "distinct": groups far
    apart with values up to 10^9, every value once: True. "indivisible": a group size that
    does not divide n (when there is one): False at once. "runs" (for the runs-of-at-least
    follow-up): runs of group_size to 2 * group_size + 3 consecutive values, overlapping and
    shuffled, so the groups of exactly group_size usually fail while longer runs succeed;
    "runs_broken" the same with one card moved past the others, alone: False."""
    n = max(1, min(n, 10**5))
    large = rng.random() < 0.25
    if kind == "random":
        if rng.random() < 0.8:
            group_size = pick_size(n, rng)
        else:
            group_size = rng.randint(1, n)
        spread = rng.randint(0, max(1, n // max(1, group_size)) + 2)
        base = base_for(rng, spread, group_size, large)
        shape = rng.random()
        if shape < 0.8 and n % group_size == 0:
            hand = valid_hand(n, group_size, rng, spread, base)
            if shape >= 0.4:
                i = rng.randrange(n)
                hand[i] = min(TOP, max(0, hand[i] + rng.choice((-2, -1, 1, 2))))
            return {"hand": hand, "group_size": group_size}
        hand = [base + rng.randint(0, spread + group_size) for _ in range(n)]
        return {"hand": hand, "group_size": group_size}
    if kind == "indivisible":
        options = [g for g in range(2, n) if n % g]
        group_size = rng.choice(options) if options else n
        hand = [rng.randint(0, n) for _ in range(n)]
        return {"hand": hand, "group_size": group_size}
    if kind == "dups":
        group_size = pick_size(n, rng, 2, 5)
        spread = rng.randint(0, 3)
        return {"hand": valid_hand(n, group_size, rng, spread, base_for(rng, spread, group_size, large)),
                "group_size": group_size}
    if kind == "distinct":
        group_size = pick_size(n, rng, 2, 50)
        groups = n // group_size
        step = max(group_size, (TOP - group_size) // max(1, groups))
        starts = [g * step + rng.randint(0, step - group_size) for g in range(groups)]
        hand = [s + k for s in starts for k in range(group_size)]
        rng.shuffle(hand)
        return {"hand": hand, "group_size": group_size}
    if kind in ("runs", "runs_broken"):
        group_size = pick_size(n, rng, 2, 50) if n > 1 else 1
        group_size = min(n, rng.randint(2, 50)) if n > 1 and rng.random() < 0.5 else group_size
        lengths, left = [], n
        while left >= group_size:
            length = min(left, rng.randint(group_size, 2 * group_size + 3))
            lengths.append(length)
            left -= length
        lengths[-1] += left
        spread = max(1, n // (2 * group_size))
        base = base_for(rng, spread, max(lengths), large)
        hand = []
        for length in lengths:
            start = base + rng.randint(0, spread)
            hand.extend(range(start, start + length))
        rng.shuffle(hand)
        if kind == "runs_broken" and n > 1:
            # One card moved two past the largest value: a run of one card on its own, too
            # short when group_size > 1, found only at the very end.
            top = max(hand)
            hand[rng.randrange(n)] = top + 2 if top + 2 <= TOP else min(hand) - 2
        return {"hand": hand, "group_size": group_size}
    # "valid", "late", "broken"
    group_size = pick_size(n, rng, 2, 1000) if n > 1 else 1
    spread = max(1, n // group_size)
    hand = valid_hand(n, group_size, rng, spread, base_for(rng, spread, group_size, large))
    if kind == "late" and group_size > 1:
        top = max(hand)
        hand[hand.index(top)] = top + 1
    elif kind == "broken":
        i = rng.randrange(n)
        hand[i] = min(TOP, max(0, hand[i] + rng.choice((-3, -1, 1, 3))))
    return {"hand": hand, "group_size": group_size}
