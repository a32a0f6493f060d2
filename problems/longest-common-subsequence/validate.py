import re


def validate(input):
    for name in ("text1", "text2"):
        assert re.fullmatch(r"[a-z]{1,1000}", input[name]), f"{name} is not 1 to 1000 lowercase letters"
