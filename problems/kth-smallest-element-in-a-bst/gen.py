def generate(n, rng, kind="random"):
    """A binary search tree of n distinct values in 0..10^4 and a k (`trees` is the judge's
    tree helper). kind "random": random shape, k anywhere in 1..n; "balanced", "complete":
    shallow shapes, k anywhere; "left", "right", "zigzag", "vine": deep shapes (depth n, or
    n/2 for the vine) with k = (n + 1) // 2, so a walk must go deep and then count half the
    tree; "smallest" / "largest": random shape, k = 1 / k = n."""
    n = max(n, 1)
    deep = ("left", "right", "zigzag", "vine")
    shape = kind if kind in deep + ("balanced", "complete") else "random"
    nodes = trees.shape(n, rng, shape)
    vals = trees.bst_values(nodes, rng, 0, 10**4)
    if kind in deep:
        k = (n + 1) // 2
    elif kind == "smallest":
        k = 1
    elif kind == "largest":
        k = n
    else:
        k = rng.randint(1, n)
    return {"root": trees.level_order(nodes, vals), "k": k}
