"""Binary trees for generators: offered to every gen.py as `trees` (no import needed).

A tree's shape is a list `nodes` of [left, right] child indices, node 0 the root, None for no
child; values live in a separate list indexed like the nodes. `level_order` turns both into the
LeetCode encoding the judge builds TreeNode objects from.

Shapes (the `shape` argument everywhere):
  "random"    each node hangs from a free slot of the tree so far, chosen uniformly
  "balanced"  a height-balanced tree: each subtree's size split as evenly as possible, with
              the spare node on a random side (depth about log2 n)
  "complete"  every level full except the last, filled left to right (a heap's shape)
  "left"      every node the left child of the one before (depth n)
  "right"     every node the right child of the one before (depth n); also "chain"
  "zigzag"    left and right children by turns (depth n)
  "vine"      a long right spine whose nodes each carry one left leaf (depth about n/2)
"""

SHAPES = ("random", "balanced", "complete", "left", "right", "chain", "zigzag", "vine")


def shape(n, rng, kind="random"):
    """The child lists of a tree of n nodes of the given shape (see the module's docstring)."""
    if kind not in SHAPES:
        raise ValueError("unknown tree shape %r (known: %s)" % (kind, ", ".join(SHAPES)))
    nodes = [[None, None] for _ in range(n)]
    if n <= 1:
        return nodes
    if kind in ("left", "right", "chain", "zigzag"):
        for k in range(1, n):
            side = 0 if kind == "left" else 1 if kind in ("right", "chain") else k % 2
            nodes[k - 1][side] = k
    elif kind == "vine":
        spine = 0
        for k in range(1, n):
            if k % 2:
                nodes[spine][1] = k
            else:
                nodes[spine][0] = k
                spine = k - 1
    elif kind == "complete":
        for k in range(1, n):
            nodes[(k - 1) // 2][(k - 1) % 2] = k
    elif kind == "balanced":
        # Nodes numbered in pre-order: a subtree of `size` nodes rooted at `root` puts its left
        # subtree right after it.
        stack = [(0, n)]
        while stack:
            root, size = stack.pop()
            rest = size - 1
            left = rest // 2 + (rest % 2 if rng.random() < 0.5 else 0)
            right = rest - left
            if left:
                nodes[root][0] = root + 1
                stack.append((root + 1, left))
            if right:
                nodes[root][1] = root + 1 + left
                stack.append((root + 1 + left, right))
    else:
        free = [(0, 0), (0, 1)]
        for k in range(1, n):
            j = rng.randrange(len(free))
            parent, side = free[j]
            free[j] = free[-1]
            free.pop()
            nodes[parent][side] = k
            free += [(k, 0), (k, 1)]
    return nodes


def level_order(nodes, vals):
    """The LeetCode level-order list of the tree (None for a missing child, trailing Nones
    dropped); [] for no nodes."""
    if not nodes:
        return []
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


def from_level_order(level):
    """The child lists and values of a LeetCode level-order list (the inverse of
    `level_order`): node 0 the root, the others numbered in the order the list names them.
    Raises ValueError for a list that puts children under a missing node or starts with None."""
    if not level:
        return [], []
    if level[0] is None:
        raise ValueError("a tree with nodes needs a root")
    nodes, vals = [[None, None]], [level[0]]
    k, i = 0, 1
    while i < len(level):
        if k >= len(nodes):
            raise ValueError("level order with children under missing nodes")
        for side in (0, 1):
            if i < len(level) and level[i] is not None:
                nodes.append([None, None])
                vals.append(level[i])
                nodes[k][side] = len(nodes) - 1
            i += 1
        k += 1
    return nodes, vals


def in_order(nodes):
    """Node indices in in-order (left, node, right), iteratively: deep trees are fine."""
    out, stack, cur = [], [], 0 if nodes else None
    while stack or cur is not None:
        while cur is not None:
            stack.append(cur)
            cur = nodes[cur][0]
        cur = stack.pop()
        out.append(cur)
        cur = nodes[cur][1]
    return out


def pre_order(nodes):
    """Node indices in pre-order (node, left, right)."""
    out, stack = [], [0] if nodes else []
    while stack:
        k = stack.pop()
        out.append(k)
        left, right = nodes[k]
        if right is not None:
            stack.append(right)
        if left is not None:
            stack.append(left)
    return out


def post_order(nodes):
    """Node indices in post-order (left, right, node)."""
    out, stack = [], [0] if nodes else []
    while stack:
        k = stack.pop()
        out.append(k)
        for child in nodes[k]:
            if child is not None:
                stack.append(child)
    out.reverse()
    return out


def parents(nodes):
    """The parent index of every node (None for the root)."""
    up = [None] * len(nodes)
    for k, (left, right) in enumerate(nodes):
        for child in (left, right):
            if child is not None:
                up[child] = k
    return up


def depths(nodes):
    """The depth of every node (the root's is 1)."""
    d = [0] * len(nodes)
    for k in pre_order(nodes):
        for child in nodes[k]:
            if child is not None:
                d[child] = d[k] + 1
    if nodes:
        d = [x + 1 for x in d]
    return d


def random_values(n, rng, lo, hi, distinct=False):
    """n values in lo..hi (inclusive), all different when `distinct`."""
    if distinct:
        if hi - lo + 1 < n:
            raise ValueError("%d distinct values do not fit in %d..%d" % (n, lo, hi))
        return rng.sample(range(lo, hi + 1), n)
    return [rng.randint(lo, hi) for _ in range(n)]


def bst_values(nodes, rng, lo, hi):
    """Distinct values in lo..hi placed so that the tree is a binary search tree."""
    values = sorted(random_values(len(nodes), rng, lo, hi, distinct=True))
    vals = [0] * len(nodes)
    for k, v in zip(in_order(nodes), values):
        vals[k] = v
    return vals


def random_tree(n, rng, kind="random", lo=-1000, hi=1000, distinct=False):
    """The level-order list of a tree of n nodes of shape `kind`, values in lo..hi."""
    nodes = shape(n, rng, kind)
    return level_order(nodes, random_values(n, rng, lo, hi, distinct))


def random_bst(n, rng, kind="random", lo=-10**4, hi=10**4):
    """The level-order list of a binary search tree of n distinct values in lo..hi."""
    nodes = shape(n, rng, kind)
    return level_order(nodes, bst_values(nodes, rng, lo, hi))
