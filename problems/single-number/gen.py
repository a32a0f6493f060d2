def generate(n, rng, kind="random"):
    """About n values: distinct values paired, plus one single value, shuffled. kind
    "single_last": the single value comes last (the brute force scans everything before it);
    "thrice": every other value appears three times instead (the follow-up)."""
    copies = 3 if kind == "thrice" else 2
    groups = max(n - 1, 0) // copies
    values = rng.sample(range(-3 * 10**4, 3 * 10**4 + 1), groups + 1)
    single, others = values[0], values[1:]
    nums = [x for x in others for _ in range(copies)]
    rng.shuffle(nums)
    if kind == "single_last":
        return {"nums": nums + [single]}
    nums.insert(rng.randint(0, len(nums)), single)
    return {"nums": nums}
