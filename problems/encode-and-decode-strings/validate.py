def validate(input):
    strs = input["strs"]
    assert isinstance(strs, list), "strs is not a list"
    assert len(strs) <= 200, f"{len(strs)} strings, over 200"
    for i, s in enumerate(strs):
        assert isinstance(s, str), f"strs[{i}] is not a string"
        assert len(s) <= 200, f"strs[{i}] has {len(s)} characters, over 200"
        assert not any("\ud800" <= c <= "\udfff" for c in s), f"strs[{i}] holds a surrogate code point"
