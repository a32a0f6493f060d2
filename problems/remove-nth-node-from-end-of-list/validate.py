def validate(input):
    values, n = input["head"], input["n"]
    assert 1 <= len(values) <= 30, f"{len(values)} nodes, outside 1..30"
    assert all(0 <= v <= 100 for v in values), "a value is outside 0..100"
    assert 1 <= n <= len(values), f"n = {n} is outside 1..{len(values)} (the list's length)"
