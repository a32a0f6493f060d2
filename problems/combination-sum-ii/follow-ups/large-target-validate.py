from collections import Counter


def validate(input):
    cands, target = input["candidates"], input["target"]
    assert 1 <= len(cands) <= 100, f"{len(cands)} candidates is outside 1..100"
    assert all(1 <= c <= 50 for c in cands), "a candidate is outside 1..50"
    assert 1 <= target <= 1000, f"target {target} is outside 1..1000"
    # Distinct combinations, counted value by value (each value at most as often as it occurs).
    ways = [1] + [0] * target
    for value, times in Counter(cands).items():
        ways = [sum(ways[t - k * value] for k in range(min(times, t // value) + 1)) for t in range(target + 1)]
    assert ways[target] <= 1000, f"{ways[target]} combinations, over 1000"
