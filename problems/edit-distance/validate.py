import re


def validate(input):
    for name in ("word1", "word2"):
        word = input[name]
        assert isinstance(word, str), f"{name} is not a string"
        assert re.fullmatch(r"[a-z]{0,500}", word), f"{name} is not 0 to 500 lowercase letters"
