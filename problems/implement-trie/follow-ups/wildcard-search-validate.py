import re


def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "Trie" and args[0] == [], "the first operation must be Trie()"
    assert len(ops) - 1 <= 5 * 10**4, f"{len(ops) - 1} calls, over 5 * 10^4"
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        allowed = r"[a-z.]{1,20}" if op == "search" else r"[a-z]{1,20}"
        assert re.fullmatch(allowed, a[0]), f"call {i}: {a[0]!r} breaks the constraints"
