def _shape(level_order):
    """Child index lists and values of a level-order list, as the `trees` helper numbers them
    (node k's children are read from the list in turn, k = 0, 1, 2, ...)."""
    nodes, vals = [], []
    if level_order:
        nodes.append([None, None])
        vals.append(level_order[0])
    k, i = 0, 1
    while i < len(level_order):
        assert k < len(nodes), "level order with children under missing nodes"
        for side in (0, 1):
            if i < len(level_order) and level_order[i] is not None:
                nodes.append([None, None])
                vals.append(level_order[i])
                nodes[k][side] = len(nodes) - 1
            i += 1
        k += 1
    return nodes, vals


def validate(input):
    level_order, p, q = input["root"], input["p"], input["q"]
    assert not level_order or level_order[0] is not None, "a tree with nodes needs a root"
    nodes, vals = _shape(level_order)
    assert 2 <= len(vals) <= 10**5, f"{len(vals)} nodes, outside 2..10^5"
    assert all(-10**9 <= v <= 10**9 for v in vals), "a value is outside -10^9..10^9"
    in_order = [vals[k] for k in trees.in_order(nodes)]
    assert all(a < b for a, b in zip(in_order, in_order[1:])), "not a search tree of distinct values"
    assert p != q, "p equals q"
    present = set(vals)
    assert p in present and q in present, "p or q is not in the tree"
