def generate(n, rng, kind="random"):
    """A list of m + 1 values in 1..m with exactly one value repeated, where m = n - 1 (at
    least 1, at most 10^5), so the list's length is n. kind "random": the duplicate occurs
    twice half the time, else up to m + 1 times, shuffled; "late": a permutation of the other
    values first and the two copies of the duplicate at the very end, so a scan that stops at
    the first repeat reads everything; "same": every value equal."""
    m = min(max(1, n - 1), 10**5)
    d = rng.randint(1, m)
    if kind == "same":
        return {"nums": [d] * (m + 1)}
    if kind == "late":
        others = [v for v in range(1, m + 1) if v != d]
        rng.shuffle(others)
        return {"nums": others + [d, d]}
    copies = 2 if rng.random() < 0.5 else rng.randint(2, m + 1)
    others = rng.sample([v for v in range(1, m + 1) if v != d], m + 1 - copies)
    nums = others + [d] * copies
    rng.shuffle(nums)
    return {"nums": nums}
