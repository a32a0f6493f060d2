def generate(n, rng, kind="random"):
    """A tree of n nodes with values in -100..100 (`trees` is the judge's tree helper). kind is
    a tree shape: "random" (each node under a random free slot), "balanced", "complete", "left"
    or "right" (chains n deep), "zigzag" (left and right by turns, n deep), "vine" (a right
    spine with a left leaf on each node)."""
    return {"root": trees.random_tree(n, rng, kind, lo=-100, hi=100)}
