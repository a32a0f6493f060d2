def validate(input):
    root = input["root"]
    values = [v for v in root if v is not None]
    assert len(values) <= 10**4, f"{len(values)} nodes, over 10^4"
    assert all(-1000 <= v <= 1000 for v in values), "a value is outside -1000..1000"
