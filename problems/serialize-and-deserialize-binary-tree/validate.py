def validate(input):
    level_order = input["root"]
    assert isinstance(level_order, list), "root is not a level-order list"
    nodes, values = trees.from_level_order(level_order)
    assert len(nodes) <= 10**4, f"{len(nodes)} nodes, over 10^4"
    for v in values:
        assert isinstance(v, int) and not isinstance(v, bool), "a value is not an integer"
        assert -1000 <= v <= 1000, "a value is outside -1000..1000"
    assert not level_order or level_order[-1] is not None, "the level order ends with null"
