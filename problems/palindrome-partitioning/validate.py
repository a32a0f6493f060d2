import re


def validate(input):
    s = input["s"]
    assert 1 <= len(s) <= 16, f"len(s) = {len(s)} is outside 1..16"
    assert re.fullmatch(r"[a-z]+", s), "s holds a character that is not a lowercase letter"
