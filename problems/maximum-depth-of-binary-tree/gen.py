def generate(n, rng, kind="random"):
    """A tree of n nodes (`trees` is the judge's tree helper). kind "random": each node hangs
    under a random earlier node with a free slot; "chain": every node is the right child of the
    previous one (depth n); "zigzag": alternating left and right children (depth n). A node's
    value is its index modulo 201, shifted into -100..100."""
    nodes = trees.shape(n, rng, kind)
    return {"root": trees.level_order(nodes, [k % 201 - 100 for k in range(n)])}
