def validate(input):
    cands, target = input["candidates"], input["target"]
    assert 1 <= len(cands) <= 30, f"{len(cands)} candidates is outside 1..30"
    assert 1 <= target <= 40, f"target {target} is outside 1..40"
    assert all(1 <= c <= 40 for c in cands), "a candidate is outside 1..40"
