def validate(input):
    level_order = input["root"]
    assert isinstance(level_order, list), "root is not a level-order list"
    nodes, values = trees.from_level_order(level_order)
    assert len(nodes) <= 10**4, f"{len(nodes)} nodes, over 10^4"
    for v in values:
        assert isinstance(v, int) and not isinstance(v, bool), "a value is not an integer"
        assert 0 <= v <= 10**4, "a value is outside 0..10^4"
    assert not level_order or level_order[-1] is not None, "the level order ends with null"
    in_order = [values[k] for k in trees.in_order(nodes)]
    assert all(a < b for a, b in zip(in_order, in_order[1:])), (
        "not a binary search tree of distinct values: the in-order values do not increase"
    )
