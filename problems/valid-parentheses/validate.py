def validate(input):
    s = input["s"]
    assert len(s) <= 10**5, f"len(s) = {len(s)} is over 10^5"
    assert set(s) <= set("()[]{}"), "s holds a character other than ()[]{}"
