def generate(n, rng, kind="random"):
    """The pre-order and in-order lists of a tree of n nodes with distinct values (`trees` is
    the judge's tree helper). `kind` is the tree's shape: "random" (the default), "balanced",
    "complete", "left", "right" (or "chain"), "zigzag" (depth n) or "vine". Values are drawn
    from -3000..3000, widened to -n..n for the follow-up's larger trees."""
    n = max(n, 1)
    nodes = trees.shape(n, rng, kind)
    span = max(3000, n)
    vals = trees.random_values(n, rng, -span, span, distinct=True)
    return {
        "preorder": [vals[k] for k in trees.pre_order(nodes)],
        "inorder": [vals[k] for k in trees.in_order(nodes)],
    }
