import re


def validate(input):
    s, t = input["s"], input["t"]
    assert re.fullmatch(r"[A-Za-z]{1,20000}", s), "s is not 1 to 2 * 10^4 English letters"
    assert re.fullmatch(r"[A-Za-z]{1,100}", t), "t is not 1 to 100 English letters"
