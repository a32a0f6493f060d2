def generate(n, rng, kind="random"):
    """0..n with one number missing, shuffled. kind "zero": 0 missing; "last": n missing;
    "sorted": random missing, the rest in order; "two" (for the follow-up): n values of
    0..n+1, two missing."""
    n = max(n, 1)
    if kind == "two":
        gone = set(rng.sample(range(n + 2), 2))
        nums = [x for x in range(n + 2) if x not in gone]
        rng.shuffle(nums)
        return {"nums": nums}
    gone = {"zero": 0, "last": n}.get(kind, rng.randint(0, n))
    nums = [x for x in range(n + 1) if x != gone]
    if kind != "sorted":
        rng.shuffle(nums)
    return {"nums": nums}
