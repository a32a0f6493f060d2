def validate(input):
    level_order, p, q = input["root"], input["p"], input["q"]
    try:
        nodes, vals = trees.from_level_order(level_order)
    except ValueError as e:
        raise AssertionError(str(e))
    assert 2 <= len(vals) <= 10**5, f"{len(vals)} nodes, outside 2..10^5"
    assert all(-10**9 <= v <= 10**9 for v in vals), "a value is outside -10^9..10^9"
    in_order = [vals[k] for k in trees.in_order(nodes)]
    assert all(a < b for a, b in zip(in_order, in_order[1:])), "not a search tree of distinct values"
    assert p != q, "p equals q"
    present = set(vals)
    assert p in present and q in present, "p or q is not in the tree"
