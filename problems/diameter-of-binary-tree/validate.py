def validate(input):
    level_order = input["root"]
    values = [v for v in level_order if v is not None]
    assert 1 <= len(values) <= 10**4, f"{len(values)} nodes, outside 1..10^4"
    assert level_order[0] is not None, "a tree with nodes needs a root"
    assert all(-100 <= v <= 100 for v in values), "a value is outside -100..100"
