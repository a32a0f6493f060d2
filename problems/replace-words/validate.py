import re


def validate(input):
    roots, sentence = input["dictionary"], input["sentence"]
    assert 1 <= len(roots) <= 2 * 10**4, f"{len(roots)} roots is outside 1..2 * 10^4"
    assert all(re.fullmatch(r"[a-z]{1,20}", w) for w in roots), "a root is not 1 to 20 lowercase letters"
    words = sentence.split(" ")
    assert 1 <= len(words) <= 2 * 10**4, f"{len(words)} words is outside 1..2 * 10^4"
    assert all(re.fullmatch(r"[a-z]{1,100}", w) for w in words), "a word is not 1 to 100 lowercase letters (or spaces are not single)"
