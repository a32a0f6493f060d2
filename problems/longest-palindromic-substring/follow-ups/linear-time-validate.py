import re


def validate(input):
    s = input["s"]
    assert isinstance(s, str), "s is not a string"
    assert 1 <= len(s) <= 10**5, f"len(s) = {len(s)} is outside 1..10^5"
    assert re.fullmatch(r"[0-9A-Za-z]+", s), "s holds a character that is not an English letter or a digit"
