def generate(n, rng, kind="random"):
    """A tree of n nodes with values in -1000..1000 (`trees` is the judge's tree helper).
    `kind` is the shape: "random" (the default), "balanced", "complete", "left", "right" (or
    "chain"), "zigzag" (depth n) or "vine"; or "negative": a random shape with every value in
    -1000..-1, where the answer is a single node."""
    n = max(n, 1)
    if kind == "negative":
        return {"root": trees.random_tree(n, rng, "random", -1000, -1)}
    return {"root": trees.random_tree(n, rng, kind, -1000, 1000)}
