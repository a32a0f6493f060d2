def validate(input):
    values = input["head"]
    assert 1 <= len(values) <= 5 * 10**4, f"{len(values)} nodes, outside 1..5 * 10^4"
    assert all(1 <= v <= 1000 for v in values), "a value is outside 1..1000"
