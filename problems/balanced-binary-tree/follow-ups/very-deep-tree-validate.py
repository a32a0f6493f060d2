def validate(input):
    level_order = input["root"]
    values = [v for v in level_order if v is not None]
    assert len(values) <= 10**5, f"{len(values)} nodes, over 10^5"
    assert all(-10**4 <= v <= 10**4 for v in values), "a value is outside -10^4..10^4"
    assert not level_order or level_order[0] is not None, "a tree with nodes needs a root"
