def generate(n, rng, kind="random"):
    """n calls (the constructor included). kind "random": pushes, pops, tops and get_min calls
    mixed, values from a small range (so the minimum repeats) or the full 32-bit range; "tall":
    the first half pushes, the rest queries that tall stack (get_min, with a top now and then),
    where finding the minimum by a scan costs the stack's height every time."""
    n = max(1, min(n, 30001))
    ops, args = ["MinStack"], [[]]
    small = rng.random() < 0.5
    height = 0
    for i in range(n - 1):
        if kind == "tall":
            if i < (n - 1) // 2 or height == 0:
                ops.append("push")
                args.append([rng.randint(-2**31, 2**31 - 1)])
                height += 1
            else:
                ops.append("top" if i % 8 == 0 else "get_min")
                args.append([])
            continue
        r = rng.random()
        if height == 0 or r < 0.4:
            val = rng.randint(-5, 5) if small else rng.randint(-2**31, 2**31 - 1)
            ops.append("push")
            args.append([val])
            height += 1
        elif r < 0.65:
            ops.append("pop")
            args.append([])
            height -= 1
        elif r < 0.8:
            ops.append("top")
            args.append([])
        else:
            ops.append("get_min")
            args.append([])
    return {"operations": ops, "arguments": args}
