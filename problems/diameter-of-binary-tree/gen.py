def generate(n, rng, kind="random"):
    """A tree of n >= 1 nodes (`trees` is the judge's tree helper), values in -100..100.
    kind: a shape of trees.shape ("random", "balanced", "complete", "left", "right", "zigzag",
    "vine"; the chains are n deep), or "few-values": a random shape whose values are all 0 or 1,
    so that long runs of equal values appear (for the same-value-path follow-up)."""
    n = max(n, 1)
    if kind == "few-values":
        return {"root": trees.random_tree(n, rng, "random", lo=0, hi=1)}
    return {"root": trees.random_tree(n, rng, kind, lo=-100, hi=100)}
