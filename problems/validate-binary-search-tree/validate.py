def validate(input):
    root = input["root"]
    count = sum(1 for v in root if v is not None)
    assert count <= 10**4, f"{count} nodes, over 10^4"
    assert all(-2**31 <= v < 2**31 for v in root if v is not None), "a value is outside 32 bits"
