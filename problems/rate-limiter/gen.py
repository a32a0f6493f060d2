def generate(n, rng, kind="random"):
    """n calls. kind "random": limit 1-5, window 1-20, 5 clients; "busy": one client, limit
    10^4, window 10^6 (long queues); "many": a new client for most calls; "burst": every
    call at one instant."""
    n = max(n, 2)
    if kind == "busy":
        limit, window, clients = 10**4, 10**6, ["c"]
    elif kind == "many":
        limit, window, clients = 2, 50, ["c%d" % i for i in range(max(1, n // 2))]
    else:
        limit, window = rng.randint(1, 5), rng.randint(1, 20)
        clients = ["c%d" % i for i in range(5)]
    ops, args, t = ["RateLimiter"], [[limit, window]], 0
    for _ in range(n - 1):
        if kind != "burst":
            t += rng.choice((0, 1, 1, 2, 3)) if kind != "busy" else rng.randint(0, 20)
        ops.append("allow")
        args.append([rng.choice(clients), t])
    return {"operations": ops, "arguments": args}
