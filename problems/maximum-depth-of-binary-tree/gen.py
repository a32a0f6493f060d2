def level_order(nodes):
    """nodes: list of (left_index, right_index) per node index, root 0 -> level-order list."""
    out, queue, i = [], [0], 0
    while i < len(queue):
        k = queue[i]
        i += 1
        if k is None:
            out.append(None)
            continue
        out.append(k % 201 - 100)
        queue.extend(nodes[k])
    while out and out[-1] is None:
        out.pop()
    return out


def generate(n, rng, kind="random"):
    """A tree of n nodes. kind "random": each node hangs under a random earlier node with a free
    slot; "chain": every node is the right child of the previous one (depth n); "zigzag":
    alternating left and right children (depth n)."""
    if n == 0:
        return {"root": []}
    nodes = [[None, None] for _ in range(n)]
    if kind in ("chain", "zigzag"):
        for k in range(1, n):
            side = 1 if kind == "chain" or k % 2 else 0
            nodes[k - 1][side] = k
    else:
        free = [(0, 0), (0, 1)]
        for k in range(1, n):
            j = rng.randrange(len(free))
            parent, side = free[j]
            free[j] = free[-1]
            free.pop()
            nodes[parent][side] = k
            free += [(k, 0), (k, 1)]
    return {"root": level_order([tuple(x) for x in nodes])}
