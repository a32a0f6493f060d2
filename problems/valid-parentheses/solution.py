def is_valid(s):
    # A stack holds the closers we still expect, innermost on top.
    closer = {"(": ")", "[": "]", "{": "}"}
    expected = []
    for ch in s:
        if ch in closer:
            expected.append(closer[ch])
        elif not expected or expected.pop() != ch:
            return False
    return not expected
