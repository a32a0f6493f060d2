def generate(n, rng, kind="random"):
    """The constructor and n - 1 calls to add (n at most 10^4 + 1). kind "random": nums of any
    length up to n, k anywhere in 1..len(nums) + 1, values from a small range half the time
    (so equal values straddle the k-th place); "grow": n values in nums, k about half of them,
    then n - 1 adds over the whole range, where re-sorting everything on each add costs the
    whole history every time; "rising": every added value larger than all before, so every
    add changes the answer."""
    n = max(1, min(n, 10**4 + 1))
    adds = n - 1
    if kind == "grow":
        nums = [rng.randint(-10**4, 10**4) for _ in range(min(n, 10**4))]
        k = max(1, len(nums) // 2)
        vals = [rng.randint(-10**4, 10**4) for _ in range(adds)]
    elif kind == "rising":
        nums = [rng.randint(-10**4, -5000) for _ in range(rng.randint(0, n))]
        k = rng.randint(1, len(nums) + 1)
        step = max(1, 15000 // max(1, adds))
        vals = [-4999 + i * step for i in range(adds)]
    else:
        high = 5 if rng.random() < 0.5 else 10**4
        nums = [rng.randint(-high, high) for _ in range(rng.randint(0, n))]
        k = rng.randint(1, len(nums) + 1)
        vals = [rng.randint(-high, high) for _ in range(adds)]
    return {"operations": ["KthLargest"] + ["add"] * adds,
            "arguments": [[k, nums]] + [[v] for v in vals]}
