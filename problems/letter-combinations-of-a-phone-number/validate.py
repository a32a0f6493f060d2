import re


def validate(input):
    digits = input["digits"]
    assert len(digits) <= 4, f"{len(digits)} digits, over 4"
    assert re.fullmatch(r"[2-9]*", digits), "a character is not a digit from 2 to 9"
