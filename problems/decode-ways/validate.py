import re


def validate(input):
    s = input["s"]
    assert isinstance(s, str) and re.fullmatch(r"[0-9]{1,100}", s), "s is not 1 to 100 digits"
    prev, cur = 0, 1
    for i, ch in enumerate(s):
        nxt = cur if ch != "0" else 0
        if i > 0 and 10 <= int(s[i - 1:i + 1]) <= 26:
            nxt += prev
        prev, cur = cur, nxt
    assert cur <= 2**31 - 1, "the number of decodings does not fit in a 32-bit signed integer"
