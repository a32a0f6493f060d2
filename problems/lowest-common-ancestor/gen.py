def generate(n, rng, kind="random"):
    """A tree of n nodes with distinct values and p, q in it (`trees` is the judge's tree
    helper). kind "random": random shape and nodes; "leaves": p and q are the two deepest
    nodes; "chain"/"zigzag": deep trees."""
    n = max(n, 1)
    nodes = trees.shape(n, rng, kind if kind in ("chain", "zigzag") else "random")
    vals = trees.random_values(n, rng, 0, 10**9, distinct=True)
    if kind == "leaves" or kind in ("chain", "zigzag"):
        p, q = vals[-1], vals[max(0, n - 2 - rng.randrange(min(n - 1, 10) or 1))]
    else:
        p, q = vals[rng.randrange(n)], vals[rng.randrange(n)]
    return {"root": trees.level_order(nodes, vals), "p": p, "q": q}
