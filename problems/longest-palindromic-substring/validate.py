import re


def validate(input):
    s = input["s"]
    assert isinstance(s, str), "s is not a string"
    assert 1 <= len(s) <= 1000, f"len(s) = {len(s)} is outside 1..1000"
    assert re.fullmatch(r"[0-9A-Za-z]+", s), "s holds a character that is not an English letter or a digit"
