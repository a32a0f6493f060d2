SHAPES = ("random", "balanced", "complete", "left", "right", "zigzag", "vine")
CHANGES = ("same", "value", "remove", "move", "add", "swap", "other", "mirror", "mirror-value")


def generate(n, rng, kind=None):
    """Two trees p and q (`trees` is the judge's tree helper). p has n nodes; q is made from p
    by one change. kind is "<change>", "<shape>" or "<shape>/<change>":
      shapes  random (the default), balanced, complete, left, right, zigzag, vine
      changes same (an exact copy, the default with a shape), value (one value off by one),
              remove (one leaf dropped), move (one leaf hung from another free slot), add (one
              extra leaf: n + 1 nodes), swap (one node's children exchanged), other (an
              unrelated tree of n - 2 to n nodes), mirror (the whole tree flipped left to
              right), mirror-value (flipped, then one value off by one)
    Without a kind: a random shape and change, and values from -3..3 half the time, so that
    equal values and accidental matches are common; values span -10^4..10^4 otherwise."""
    shape, change = "random", None
    for part in (kind or "").split("/"):
        if part in SHAPES:
            shape = part
        elif part in CHANGES:
            change = part
        elif part:
            raise ValueError("unknown kind %r" % (kind,))
    if kind is None:
        change = rng.choice(("same", "same", "same", "value", "remove", "move", "swap", "other")
                            + (("add",) if n < 100 else ()))
        lo, hi = (-3, 3) if rng.random() < 0.5 else (-10**4, 10**4)
    else:
        change = change or "same"
        lo, hi = -10**4, 10**4
    nodes = trees.shape(n, rng, shape)
    vals = trees.random_values(n, rng, lo, hi)
    q_nodes = [list(children) for children in nodes]
    q_vals = list(vals)
    if n and change in ("mirror", "mirror-value"):
        q_nodes = [[right, left] for left, right in q_nodes]
    if n and change in ("value", "mirror-value"):
        k = rng.randrange(n)
        q_vals[k] = vals[k] + 1 if vals[k] < hi else vals[k] - 1
    elif n and change in ("remove", "move"):
        if n == 1:
            q_nodes = []
        else:
            up = trees.parents(q_nodes)
            leaf = rng.choice([k for k in range(1, n) if q_nodes[k] == [None, None]])
            old = (up[leaf], q_nodes[up[leaf]].index(leaf))
            q_nodes[old[0]][old[1]] = None
            if change == "move":
                free = [(k, side) for k in range(n) if k != leaf for side in (0, 1)
                        if q_nodes[k][side] is None and (k, side) != old]
                k, side = rng.choice(free)
                q_nodes[k][side] = leaf
    elif n and change == "add":
        free = [(k, side) for k in range(n) for side in (0, 1) if q_nodes[k][side] is None]
        k, side = rng.choice(free)
        q_nodes[k][side] = n
        q_nodes.append([None, None])
        q_vals.append(rng.randint(lo, hi))
    elif n and change == "swap":
        k = rng.choice([k for k in range(n) if q_nodes[k] != [None, None]] or [0])
        q_nodes[k].reverse()
    elif change == "other":
        m = rng.randint(max(0, n - 2), n)
        q_nodes = trees.shape(m, rng, shape)
        q_vals = trees.random_values(m, rng, lo, hi)
    return {"p": trees.level_order(nodes, vals), "q": trees.level_order(q_nodes, q_vals)}
