SHAPES = ("random", "balanced", "complete", "left", "right", "zigzag", "vine")


def generate(n, rng, kind=None):
    """A tree of about n nodes, values in -10^4..10^4 (`trees` is the judge's tree helper).
    kind is a shape, optionally followed by "/broken":
      random, balanced, complete, left, right, zigzag, vine   the helper's shapes
      sparse   a height-balanced tree with as few nodes as its height allows (a Fibonacci
               tree: at every node one side is exactly one level shorter, taller side chosen at
               random); the largest such tree with at most n nodes. Its leaves lie at very
               different depths.
      comb     a left spine whose k-th node from the bottom carries a right chain of k - 1
               nodes: every spine node is balanced, every chain of 3 or more is not. A
               check that recomputes heights at each node walks the whole spine first.
      .../broken   the shape on n - 2 nodes, then a chain of two nodes hung under one of its
               leaves: that leaf is unbalanced (and maybe some of its ancestors).
      .../grow     the shape on n - 1 nodes, then one more node on a free slot of its two
               deepest levels: balanced or not.
    Without a kind: one of these picked at random, so that both answers are common."""
    if kind is None:
        kind = rng.choice(("random", "balanced", "complete", "sparse", "balanced/broken",
                           "sparse/broken", "balanced/grow", "complete/grow", "comb"))
    shape, _, change = kind.partition("/")
    if change not in ("", "broken", "grow"):
        raise ValueError("unknown kind %r" % (kind,))
    if change == "broken" and n >= 3:
        base = n - 2
    elif change == "grow" and n >= 2:
        base = n - 1
    else:
        base, change = n, ""
    if shape == "sparse":
        nodes = sparse(base, rng)
    elif shape == "comb":
        nodes = comb(base)
    else:
        nodes = trees.shape(base, rng, shape)
    if change:
        depth = trees.depths(nodes)
        if change == "broken":
            leaf = rng.choice([k for k in range(len(nodes)) if nodes[k] == [None, None]])
            side = rng.randrange(2)
            nodes[leaf][side] = len(nodes)
            nodes.append([None, None])
            nodes[-1][rng.randrange(2)] = len(nodes)
            nodes.append([None, None])
        else:
            # One more node on any free slot of the two deepest levels: balanced or not.
            deepest = max(depth)
            free = [(k, s) for k in range(len(nodes)) if depth[k] >= deepest - 1
                    for s in (0, 1) if nodes[k][s] is None]
            k, s = rng.choice(free)
            nodes[k][s] = len(nodes)
            nodes.append([None, None])
    return {"root": trees.level_order(nodes, trees.random_values(len(nodes), rng, -10**4, 10**4))}


def sparse(n, rng):
    """The child lists of the largest Fibonacci tree with at most n nodes."""
    if n == 0:
        return []
    sizes = [0, 1]
    while sizes[-1] + sizes[-2] + 1 <= n:
        sizes.append(sizes[-1] + sizes[-2] + 1)
    nodes = []
    # Each entry: (parent index or None, side, height); heights of 0 are missing children.
    todo = [(None, 0, len(sizes) - 1)]
    while todo:
        parent, side, height = todo.pop()
        if height == 0:
            continue
        k = len(nodes)
        nodes.append([None, None])
        if parent is not None:
            nodes[parent][side] = k
        tall = rng.randrange(2)
        todo.append((k, tall, height - 1))
        todo.append((k, 1 - tall, max(height - 2, 0)))
    return nodes


def comb(n):
    """The child lists of a comb (see generate) with n nodes; leftover nodes lengthen the
    chains of the top spine nodes by one."""
    spine = 0
    while (spine + 1) * (spine + 2) // 2 <= n:
        spine += 1
    extra = n - spine * (spine + 1) // 2
    nodes = [[None, None] for _ in range(spine)]
    for i in range(spine):
        if i + 1 < spine:
            nodes[i][0] = i + 1
        below = nodes[i]
        for _ in range(spine - 1 - i + (1 if i < extra else 0)):
            below[1] = len(nodes)
            nodes.append([None, None])
            below = nodes[-1]
    return nodes
