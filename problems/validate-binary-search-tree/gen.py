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


def generate(n, rng, kind="valid"):
    """A tree of n nodes. kind "valid": random shape, values a valid BST; "swapped": two
    values exchanged (invalid unless they were equal); "chain"/"zigzag": deep valid trees;
    "zigzag-broken": a zigzag whose deepest value is out of order."""
    if n == 0:
        return {"root": []}
    base = kind.replace("-broken", "") if kind in ("chain", "zigzag", "zigzag-broken") else "random"
    nodes = shape(n, rng, base)
    values = sorted(rng.sample(range(-2**31, 2**31), n))
    vals = [0] * n
    for k, v in zip(in_order(nodes), values):
        vals[k] = v
    if kind == "swapped" and n >= 2:
        a, b = rng.sample(range(n), 2)
        vals[a], vals[b] = vals[b], vals[a]
    if kind == "zigzag-broken" and n >= 3:
        vals[n - 1] = vals[0]
    return {"root": level_order(nodes, vals)}
