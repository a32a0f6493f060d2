def generate(n, rng, kind="valid"):
    """A tree of n nodes (`trees` is the judge's tree helper). kind "valid": random shape,
    values a valid BST; "swapped": two values exchanged (invalid unless they were equal);
    "chain"/"zigzag": deep valid trees; "zigzag-broken": a zigzag whose deepest value is out of
    order."""
    if n == 0:
        return {"root": []}
    base = kind.replace("-broken", "") if kind in ("chain", "zigzag", "zigzag-broken") else "random"
    nodes = trees.shape(n, rng, base)
    vals = trees.bst_values(nodes, rng, -2**31, 2**31 - 1)
    if kind == "swapped" and n >= 2:
        a, b = rng.sample(range(n), 2)
        vals[a], vals[b] = vals[b], vals[a]
    if kind == "zigzag-broken" and n >= 3:
        vals[n - 1] = vals[0]
    return {"root": trees.level_order(nodes, vals)}
