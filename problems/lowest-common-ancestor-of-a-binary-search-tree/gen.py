def generate(n, rng, kind="random"):
    """A binary search tree of n >= 2 distinct values in -10^9..10^9 and two different values
    p, q in it (`trees` is the judge's tree helper).
    kind "random": random shape, p and q any two nodes. "deep": random shape, p a deepest node
    and q its sibling (or its parent when it has none), so the walk down is as long as the tree
    is high. A shape of trees.shape ("balanced", "complete", "left", "right", "zigzag",
    "vine"): that shape, with the deep pair.
    For the maybe-missing follow-up, values in 0..10^9: "missing" (random shape, random pair)
    or "missing-<shape>" (the deep pair) with one of p, q replaced by a value not in the tree;
    "present-<shape>": the deep pair, both present."""
    n = max(n, 2)
    family, _, shape = kind.partition("-") if kind.startswith(("missing", "present")) else ("", "", kind)
    shape = shape or "random"
    base = "random" if shape == "deep" else shape
    nodes = trees.shape(n, rng, base)
    lo = 0 if family else -10**9
    vals = trees.bst_values(nodes, rng, lo, 10**9)
    if kind in ("random", "missing"):
        a, b = rng.sample(range(n), 2)
    else:
        depth = trees.depths(nodes)
        a = max(range(n), key=lambda k: (depth[k], rng.random()))
        up = trees.parents(nodes)[a]
        b = next((c for c in nodes[up] if c is not None and c != a), up)
    p, q = vals[a], vals[b]
    if family == "missing":
        present = set(vals)
        absent = rng.randint(lo, 10**9)
        while absent in present:
            absent = rng.randint(lo, 10**9)
        if rng.random() < 0.5:
            p = absent
        else:
            q = absent
    if rng.random() < 0.5:
        p, q = q, p
    return {"root": trees.level_order(nodes, vals), "p": p, "q": q}
