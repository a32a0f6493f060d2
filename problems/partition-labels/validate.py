import re


def validate(input):
    s = input["s"]
    assert isinstance(s, str) and re.fullmatch(r"[a-z]{1,500}", s), "s is not 1 to 500 lowercase letters"
