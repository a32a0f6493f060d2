import re


def validate(input):
    begin, end, words = input["begin_word"], input["end_word"], input["word_list"]
    assert re.fullmatch(r"[a-z]{1,10}", begin), f"begin_word {begin!r} is not 1 to 10 lowercase letters"
    assert begin != end, "begin_word equals end_word"
    assert 1 <= len(words) <= 5000, f"{len(words)} words is outside 1..5000"
    for w in [end] + words:
        assert re.fullmatch(r"[a-z]+", w) and len(w) == len(begin), f"{w!r} is not {len(begin)} lowercase letters"
