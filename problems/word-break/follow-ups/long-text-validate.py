import re


def validate(input):
    s, words = input["s"], input["word_dict"]
    assert isinstance(s, str) and re.fullmatch(r"[a-z]{1,100000}", s), "s is not 1 to 10^5 lowercase letters"
    assert isinstance(words, list) and 1 <= len(words) <= 1000, "word_dict does not hold 1 to 1000 words"
    for w in words:
        assert isinstance(w, str) and re.fullmatch(r"[a-z]{1,20}", w), "a word is not 1 to 20 lowercase letters"
    assert len(set(words)) == len(words), "word_dict holds a word twice"
