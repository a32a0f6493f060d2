def level_order(nodes, vals):
    """nodes: (left, right) child indices per node, root 0; vals: value per node."""
    out, queue, i = [], [0], 0
    while i < len(queue):
        k = queue[i]
        i += 1
        if k is None:
            out.append(None)
            continue
        out.append(vals[k])
        queue.extend(nodes[k])
    while out and out[-1] is None:
        out.pop()
    return out


def shape(n, rng, kind):
    """n nodes: "chain" (right children only), "zigzag", or random."""
    nodes = [[None, None] for _ in range(n)]
    if kind in ("chain", "zigzag"):
        for k in range(1, n):
            nodes[k - 1][1 if kind == "chain" or k % 2 else 0] = k
        return nodes
    free = [(0, 0), (0, 1)]
    for k in range(1, n):
        j = rng.randrange(len(free))
        parent, side = free[j]
        free[j] = free[-1]
        free.pop()
        nodes[parent][side] = k
        free += [(k, 0), (k, 1)]
    return nodes


def in_order(nodes):
    out, stack, cur = [], [], 0
    while stack or cur is not None:
        while cur is not None:
            stack.append(cur)
            cur = nodes[cur][0]
        cur = stack.pop()
        out.append(cur)
        cur = nodes[cur][1]
    return out


def generate(n, rng, kind="random"):
    """A tree of n nodes with values in -1000..1000: random shape, or "chain"/"zigzag"."""
    if n == 0:
        return {"root": []}
    nodes = shape(n, rng, kind)
    return {"root": level_order(nodes, [rng.randint(-1000, 1000) for _ in range(n)])}
