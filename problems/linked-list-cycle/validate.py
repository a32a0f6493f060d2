def validate(input):
    values, pos = input["head"]["values"], input["head"]["pos"]
    assert len(values) <= 10**5, f"{len(values)} nodes, over 10^5"
    assert all(-10**5 <= v <= 10**5 for v in values), "a value is outside -10^5..10^5"
    assert pos == -1 or 0 <= pos < len(values), f"pos {pos} is neither -1 nor a node index"
