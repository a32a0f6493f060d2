def generate(n, rng, kind="random"):
    """A tree of n nodes with values in -1000..1000 (`trees` is the judge's tree helper):
    random shape, or "chain"/"zigzag" (depth n)."""
    return {"root": trees.random_tree(n, rng, kind, lo=-1000, hi=1000)}
