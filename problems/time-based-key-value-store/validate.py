import re

TEXT = re.compile(r"[a-z0-9]{0,20}")


def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "TimeMap" and args[0] == [], "the first operation must be TimeMap()"
    assert len(ops) - 1 <= 10**5, f"{len(ops) - 1} calls, over 10^5"
    last = 0
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        assert op in ("set", "get"), f"call {i}: unknown method {op}"
        assert TEXT.fullmatch(a[0]) and a[0], f"call {i}: bad key {a[0]!r}"
        if op == "set":
            assert TEXT.fullmatch(a[1]), f"call {i}: bad value {a[1]!r}"
            assert last < a[2] <= 10**7, f"call {i}: set timestamps must increase within 1..10^7"
            last = a[2]
        else:
            assert 1 <= a[1] <= 10**7, f"call {i}: timestamp outside 1..10^7"
