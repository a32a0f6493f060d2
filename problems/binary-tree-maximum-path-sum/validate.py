def validate(input):
    level_order = input["root"]
    assert level_order and level_order[0] is not None, "the tree needs at least one node"
    values = [v for v in level_order if v is not None]
    assert len(values) <= 3 * 10**4, f"{len(values)} nodes, over 3 * 10^4"
    assert all(-1000 <= v <= 1000 for v in values), "a value is outside -1000..1000"
