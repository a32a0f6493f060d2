def generate(n, rng, kind="random"):
    """n calls, sets and gets half and half. kind "random": 20 keys; "one-key": a single
    key; "old": gets ask about early times; "many-keys": a new key for most sets."""
    n = max(n, 2)
    ops, args = ["TimeMap"], [[]]
    t = 0
    keys = ["k%d" % i for i in range(20)]
    for i in range(n - 1):
        if kind == "one-key":
            key = "k"
        elif kind == "many-keys":
            key = "k%d" % rng.randrange(max(1, n // 2))
        else:
            key = rng.choice(keys)
        if rng.random() < 0.5:
            t += rng.randint(1, 50)
            ops.append("set")
            args.append([key, "v%d" % rng.randrange(10**6), t])
        else:
            ops.append("get")
            when = rng.randint(1, max(1, t // 10)) if kind == "old" else rng.randint(1, t + 20)
            args.append([key, when])
    return {"operations": ops, "arguments": args}
