def generate(n, rng, kind="random"):
    """A tree of n >= 1 nodes (`trees` is the judge's tree helper), values in -10^4..10^4.
    kind: a shape of trees.shape ("random", "balanced", "complete", "left", "right", "zigzag",
    "vine"; the chains are n deep), or one of:
      "rising"     a zigzag n deep whose values never decrease going down: every node is good,
                   and a solution that looks at the whole path above each node pays for it
      "falling"    a random shape whose values strictly decrease going down: only the root
                   is good
      "few-values" a random shape with values in -2..2, so that many ties occur"""
    n = max(n, 1)
    if kind == "rising":
        nodes = trees.shape(n, rng, "zigzag")
        return {"root": trees.level_order(nodes, sorted(trees.random_values(n, rng, -10**4, 10**4)))}
    if kind == "falling":
        nodes = trees.shape(n, rng, "random")
        depth = trees.depths(nodes)
        # Each level gets its own band of values, lower than the band above it.
        band = 2 * 10**4 // max(depth)
        return {"root": trees.level_order(nodes, [10**4 - d * band + rng.randrange(band) for d in depth])}
    if kind == "few-values":
        return {"root": trees.random_tree(n, rng, "random", lo=-2, hi=2)}
    return {"root": trees.random_tree(n, rng, kind, lo=-10**4, hi=10**4)}
