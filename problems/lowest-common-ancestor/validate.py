def validate(input):
    root, p, q = input["root"], input["p"], input["q"]
    values = [v for v in root if v is not None]
    assert 1 <= len(values) <= 10**4, f"{len(values)} nodes is outside 1..10^4"
    assert all(0 <= v <= 10**9 for v in values), "a value is outside 0..10^9"
    assert len(set(values)) == len(values), "values repeat"
    assert p in values and q in values, "p or q is not in the tree"
