def validate(input):
    cands, target = input["candidates"], input["target"]
    assert 1 <= len(cands) <= 100, f"{len(cands)} candidates is outside 1..100"
    assert all(1 <= c <= 50 for c in cands), "a candidate is outside 1..50"
    assert 1 <= target <= 30, f"target {target} is outside 1..30"
