def validate(input):
    cands, target = input["candidates"], input["target"]
    assert 1 <= len(cands) <= 30, f"{len(cands)} candidates is outside 1..30"
    assert len(set(cands)) == len(cands), "candidates repeat"
    assert 1 <= target <= 40, f"target {target} is outside 1..40"
    assert all(1 <= c <= 40 for c in cands), "a candidate is outside 1..40"
    assert 1 not in cands or target <= 10, "a 1 is allowed only with a target up to 10"
    # At most 5000 combinations (counted by dynamic programming over the target).
    ways = [1] + [0] * target
    for c in cands:
        for t in range(c, target + 1):
            ways[t] += ways[t - c]
    assert ways[target] <= 5000, f"{ways[target]} combinations, over 5000"
