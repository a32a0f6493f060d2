import re


def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "WordDictionary" and args[0] == [], "the first operation must be WordDictionary()"
    assert len(ops) <= 10**4, f"{len(ops)} calls, over 10^4"
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        allowed = r"[a-z.*]{1,25}" if op == "search" else r"[a-z]{1,25}"
        assert re.fullmatch(allowed, a[0]), f"call {i}: {a[0]!r} breaks the constraints"
        assert a[0].count(".") <= 2 and a[0].count("*") <= 1, f"call {i}: too many wildcards"
