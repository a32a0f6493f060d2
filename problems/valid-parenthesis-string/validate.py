def validate(input):
    s = input["s"]
    assert isinstance(s, str), "s is not a string"
    assert 1 <= len(s) <= 10**5, f"len(s) = {len(s)} is outside 1..10^5"
    assert set(s) <= set("()*"), "s holds a character other than '(', ')' and '*'"
