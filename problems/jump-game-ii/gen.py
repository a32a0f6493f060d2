def generate(n, rng, kind="random"):
    """n jump lengths in 0..1000 from which the last index can be reached.

    kind "random": jumps up to a cap picked per input (3, 10, 100 or 1000), zeros included;
    "zeros": jumps up to 4, half of them zero; "ones": every jump 1 (n - 1 jumps, each level a
    single index); "max": every jump 1000; "long": every jump between 500 and 1000 (an O(n * max jump) table is at its
    slowest, and so is a scan of earlier indices for the first that reaches); "decoys": in
    every window the largest value sits early and goes less far than a smaller one later;
    "blocked" (for the follow-up only): a zero that nothing before it jumps past, so the last
    index is out of reach.

    Except for "blocked", any index where every path so far would stop gets a jump of at least
    one, so the last index stays reachable."""
    n = max(1, n)
    if kind == "ones":
        return {"nums": [1] * n}
    if kind == "max":
        return {"nums": [1000] * n}
    if kind == "long":
        return {"nums": [rng.randint(500, 1000) for _ in range(n)]}
    if kind == "decoys":
        nums = []
        while len(nums) < n:
            # The block's head (k + 1) reaches the rest of its block: the largest value first
            # (k + 2), ones, then a smaller value (k + 1) at the end that reaches further.
            k = rng.randint(3, 8)
            nums += [k + 1, k + 2] + [1] * (k - 1) + [k + 1]
        nums = nums[:n]
    else:
        cap = {"zeros": 4}.get(kind, rng.choice((3, 10, 100, 1000)))
        zero_p = 0.5 if kind == "zeros" else rng.choice((0.0, 0.1, 0.3))
        nums = [0 if rng.random() < zero_p else rng.randint(1, cap) for _ in range(n)]
    if kind == "blocked" and n >= 2:
        # Nothing before `wall` jumps past it, and the wall itself does not jump.
        wall = n - 2 - rng.randrange(min(n - 1, 10))
        for i in range(wall):
            nums[i] = min(nums[i], wall - i)
        nums[wall] = 0
        return {"nums": nums}
    furthest = 0
    for i in range(n - 1):
        if furthest == i and nums[i] == 0:
            nums[i] = rng.randint(1, 3)
        furthest = max(furthest, i + nums[i])
    return {"nums": nums}
