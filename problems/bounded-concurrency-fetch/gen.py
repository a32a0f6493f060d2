def generate(n, rng, kind="uneven"):
    """n urls with fetch times; "uneven": a mix of fast and very slow fetches, where waiting
    for whole batches loses; "equal": every fetch takes the same time."""
    urls = ["https://example.test/%d" % i for i in range(n)]
    if kind == "equal":
        latency = {u: 50 for u in urls}
    else:
        latency = {u: (rng.randint(500, 1000) if rng.random() < 0.1 else rng.randint(1, 40)) for u in urls}
    return {"urls": urls, "fetch": {"latency_ms": latency}, "limit": rng.randint(2, 50)}
