def generate(n, rng, kind="mixed"):
    """n calls. "mixed": capacity n // 8 over keys 0..n // 2, gets and puts half and half;
    "big": capacity 5 * 10^4 filled, then used (a scan per eviction is slow); "hot": a few
    keys used very often among many cold ones; "churn": puts of new keys only."""
    n = max(n, 2)
    if kind == "big":
        capacity, keys = 50000, 60000
    elif kind == "churn":
        capacity, keys = max(1, n // 4), None
    else:
        capacity, keys = max(1, n // 8), max(2, n // 2)
    ops, args = ["LFUCache"], [[capacity]]
    for i in range(n - 1):
        if kind == "churn":
            ops.append("put")
            args.append([i % 100001, rng.randrange(10**9)])
            continue
        if kind == "hot" and rng.random() < 0.5:
            key = rng.randrange(5)
        else:
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
