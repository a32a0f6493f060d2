def generate(n, rng, kind="random"):
    """A tree of n nodes (`trees` is the judge's tree helper), values in -100..100.
    kind: a shape of trees.shape: "random", "balanced", "complete", "left", "right", "zigzag"
    (the chains are n deep), or "vine" (a right spine with a left leaf on each node)."""
    return {"root": trees.random_tree(n, rng, kind, lo=-100, hi=100)}
