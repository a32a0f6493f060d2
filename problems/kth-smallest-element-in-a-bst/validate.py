def validate(input):
    level, k = input["root"], input["k"]
    assert level and level[0] is not None, "the tree needs at least one node"
    vals = [v for v in level if v is not None]
    assert len(vals) <= 10**4, f"{len(vals)} nodes, over 10^4"
    assert all(0 <= v <= 10**4 for v in vals), "a value is outside 0..10^4"
    assert 1 <= k <= len(vals), f"k = {k} is outside 1..{len(vals)}"
    # Rebuild the child lists (nodes numbered in level order) and check the in-order values
    # strictly increase: that is exactly the search-tree property with distinct values.
    nodes = [[None, None] for _ in vals]
    slot, nxt = 1, 1
    for node in nodes:
        for side in (0, 1):
            if slot < len(level):
                if level[slot] is not None:
                    node[side] = nxt
                    nxt += 1
                slot += 1
    in_order = [vals[i] for i in trees.in_order(nodes)]
    assert all(a < b for a, b in zip(in_order, in_order[1:])), "not a binary search tree with distinct values"
