import re


def validate(input):
    s = input["s"]
    assert isinstance(s, str), "s is not a string"
    assert re.fullmatch(r"[a-z]{1,1000}", s), "s is not 1 to 1000 lowercase English letters"
