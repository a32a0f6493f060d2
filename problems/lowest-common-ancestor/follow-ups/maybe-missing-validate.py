def validate(input):
    root = input["root"]
    values = [v for v in root if v is not None]
    assert 1 <= len(values) <= 10**4, f"{len(values)} nodes is outside 1..10^4"
    assert all(0 <= v <= 10**9 for v in values), "a value is outside 0..10^9"
    assert len(set(values)) == len(values), "values repeat"
    assert 0 <= input["p"] <= 10**9 and 0 <= input["q"] <= 10**9, "p or q is outside 0..10^9"
