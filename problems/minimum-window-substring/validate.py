import re


def validate(input):
    s, t = input["s"], input["t"]
    assert re.fullmatch(r"[A-Za-z]{1,100000}", s), "s is not 1 to 10^5 English letters"
    assert re.fullmatch(r"[A-Za-z]{1,100000}", t), "t is not 1 to 10^5 English letters"
