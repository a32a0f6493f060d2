SUM_MAX = 1000


def signed_sum(nums, rng):
    """The total of one random choice of signs: a target that at least one choice reaches."""
    return sum(x if rng.random() < 0.5 else -x for x in nums)


def trim(nums, rng):
    """Lower random values until the sum is at most SUM_MAX."""
    excess = sum(nums) - SUM_MAX
    while excess > 0:
        i = rng.randrange(len(nums))
        cut = min(nums[i], excess, rng.randint(1, 50))
        nums[i] -= cut
        excess -= cut
    return nums


def generate(n, rng, kind="random"):
    """n numbers (n clamped to 1..200) with a sum of at most 1000, and a target.

    kind "random": up to 12 numbers, values 0..6 and a target that is either reached by a
    random choice of signs or anything in -total - 2 .. total + 2 (odd gaps, out of reach);
    above 12, values up to 3, 10 or 1000 // n (lowered until the sum fits) and mostly a
    reachable target. "dense": values 1..4 and a target of 0 or 1, whichever has the total's
    parity: the table is as wide as the sum allows for every number and the count is
    enormous (the measuring family). "zeros": about two thirds zeros, each doubling the count.
    "sum-max": values adding up to exactly 1000, the target the whole sum or minus it.
    "big": two to ten large values among zeros and ones. "unreachable": a target of the wrong
    parity, or just outside -total .. total."""
    n = max(1, min(n, 200))
    if kind == "dense":
        nums = [rng.randint(1, 4) for _ in range(n)]
        return {"nums": nums, "target": sum(nums) % 2}
    if kind == "zeros":
        nums = trim([0 if rng.random() < 2 / 3 else rng.randint(1, 9) for _ in range(n)], rng)
        return {"nums": nums, "target": signed_sum(nums, rng)}
    if kind == "sum-max":
        cuts = sorted(rng.randint(0, SUM_MAX) for _ in range(n - 1))
        nums = [b - a for a, b in zip([0] + cuts, cuts + [SUM_MAX])]
        return {"nums": nums, "target": rng.choice([SUM_MAX, -SUM_MAX])}
    if kind == "big":
        k = min(n, rng.randint(2, 10))
        big = [rng.randint(50, SUM_MAX // k) for _ in range(k)]
        nums = big + [rng.randint(0, 1) for _ in range(n - k)]
        rng.shuffle(nums)
        nums = trim(nums, rng)
        return {"nums": nums, "target": signed_sum(nums, rng)}
    if kind == "unreachable":
        nums = trim([rng.randint(0, 10) for _ in range(n)], rng)
        total = sum(nums)
        if total < SUM_MAX and rng.random() < 0.5:
            target = rng.choice([total + 1, -total - 1])
        else:
            target = signed_sum(nums, rng) + rng.choice([1, -1])
            if abs(target) > SUM_MAX:
                target -= 2 * (1 if target > 0 else -1)
        return {"nums": nums, "target": target}
    if n <= 12:
        nums = [rng.randint(0, 6) for _ in range(n)]
        total = sum(nums)
        if rng.random() < 0.5:
            target = signed_sum(nums, rng)
        else:
            target = rng.randint(-total - 2, total + 2)
        return {"nums": nums, "target": target}
    cap = rng.choice([3, 10, max(1, SUM_MAX // n)])
    nums = trim([rng.randint(0, cap) for _ in range(n)], rng)
    total = sum(nums)
    target = signed_sum(nums, rng) if rng.random() < 0.8 else rng.randint(-total, total)
    return {"nums": nums, "target": target}
