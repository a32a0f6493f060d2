def validate(input):
    level_order = input["root"]
    values = [v for v in level_order if v is not None]
    assert 1 <= len(values) <= 10**5, f"{len(values)} nodes, outside 1..10^5"
    assert level_order[0] is not None, "a tree with nodes needs a root"
    assert all(-10**4 <= v <= 10**4 for v in values), "a value is outside -10^4..10^4"
