def validate(input):
    values, k = input["head"], input["k"]
    assert len(values) <= 5 * 10**4, f"{len(values)} nodes, over 5 * 10^4"
    assert all(0 <= v <= 1000 for v in values), "a value is outside 0..1000"
    assert 1 <= k <= max(1, len(values)) + 5, f"k = {k} is out of range"
