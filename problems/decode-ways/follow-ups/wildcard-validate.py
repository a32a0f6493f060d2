import re


def validate(input):
    s = input["s"]
    assert isinstance(s, str) and re.fullmatch(r"[0-9*]{1,100000}", s), "s is not 1 to 10^5 digits and stars"
