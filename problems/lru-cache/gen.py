def generate(n, rng, kind="mixed"):
    """n operations. "mixed": capacity n // 4 over keys 0..n // 2, gets and puts half and half,
    so hits, misses and evictions all happen; "big": capacity 5*10^4 filled and then used,
    where an O(capacity) structure is slow."""
    if kind == "big":
        capacity, keys = 50000, 60000
    else:
        capacity, keys = max(1, n // 4), max(2, n // 2)
    ops, args = ["LRUCache"], [[capacity]]
    for i in range(n - 1):
        key = rng.randrange(keys)
        if kind == "big" and i < capacity:
            ops.append("put")
            args.append([i, rng.randrange(10**9)])
        elif rng.random() < 0.5:
            ops.append("get")
            args.append([key])
        else:
            ops.append("put")
            args.append([key, rng.randrange(10**9)])
    return {"operations": ops, "arguments": args}
