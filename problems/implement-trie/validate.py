import re

WORD = re.compile(r"[a-z]{1,20}")


def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "Trie" and args[0] == [], "the first operation must be Trie()"
    assert "Trie" not in ops[1:], "the trie is constructed once"
    assert len(ops) - 1 <= 5 * 10**4, f"{len(ops) - 1} calls, over 5 * 10^4"
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        assert op in ("insert", "search", "starts_with"), f"call {i}: unknown method {op}"
        assert WORD.fullmatch(a[0]), f"call {i}: {a[0]!r} is not 1 to 20 lowercase letters"
