def validate(input):
    level_order = input["root"]
    values = [v for v in level_order if v is not None]
    assert len(values) <= 10**5, f"{len(values)} nodes, over 10^5"
    assert not level_order or level_order[0] is not None, "a tree with nodes needs a root"
    assert all(-100 <= v <= 100 for v in values), "a value is outside -100..100"
