def generate(n, rng, kind="random"):
    """n nodes in all (at most 10^4), spread over sorted lists. kind "random": between n / 250
    and n lists, an empty one now and then, values in -10^4..10^4; "singletons": n lists of one
    node each, in increasing order, so merging them into the result one by one walks the whole
    result every time and scanning every head costs k per node; "few": 20 lists of equal
    length (500 each at n = 10^4)."""
    n = max(1, min(n, 10**4))
    if kind == "singletons":
        return {"lists": [[-10**4 + 2 * i] for i in range(n)]}
    if kind == "few":
        k = min(n, 20)
        buckets = [[rng.randint(-10**4, 10**4) for _ in range(n // k + (j < n % k))] for j in range(k)]
        return {"lists": [sorted(b) for b in buckets]}
    k = rng.randint(max(1, -(-n // 250)), n)
    buckets = [[] for _ in range(k)]
    for _ in range(n):
        buckets[rng.randrange(k)].append(rng.randint(-10**4, 10**4))
    if k < 10**4 and rng.random() < 0.3:
        buckets.insert(rng.randrange(k + 1), [])
    return {"lists": [sorted(b) for b in buckets]}
