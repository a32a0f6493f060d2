def validate(input):
    strs = input["strs"]
    assert isinstance(strs, list), "strs is not a list"
    assert len(strs) <= 10**5, f"{len(strs)} strings, over 10^5"
    total = 0
    for i, s in enumerate(strs):
        assert isinstance(s, str), f"strs[{i}] is not a string"
        assert not any("\ud800" <= c <= "\udfff" for c in s), f"strs[{i}] holds a surrogate code point"
        total += len(s)
    assert total <= 10**6, f"{total} characters in all, over 10^6"
