def validate(input):
    strs = input["strs"]
    assert 1 <= len(strs) <= 10**4, f"len(strs) = {len(strs)} is outside 1..10^4"
    for i, s in enumerate(strs):
        assert len(s) <= 100, f"strs[{i}] is longer than 100"
