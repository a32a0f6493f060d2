def validate(input):
    values = input["head"]
    assert len(values) <= 6 * 10**5, f"{len(values)} nodes, over 6*10^5"
    assert all(-5000 <= v <= 5000 for v in values), "a value is outside -5000..5000"
