import re

WORD = re.compile(r"[a-z]{1,25}")
PATTERN = re.compile(r"[a-z.]{1,25}")


def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "WordDictionary" and args[0] == [], "the first operation must be WordDictionary()"
    assert "WordDictionary" not in ops[1:], "the dictionary is constructed once"
    assert len(ops) <= 10**4, f"{len(ops)} calls, over 10^4"
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        assert op in ("add_word", "search"), f"call {i}: unknown method {op}"
        if op == "add_word":
            assert WORD.fullmatch(a[0]), f"call {i}: {a[0]!r} is not 1 to 25 lowercase letters"
        else:
            assert PATTERN.fullmatch(a[0]), f"call {i}: {a[0]!r} is not 1 to 25 letters and dots"
            assert a[0].count(".") <= 2, f"call {i}: more than 2 dots"
