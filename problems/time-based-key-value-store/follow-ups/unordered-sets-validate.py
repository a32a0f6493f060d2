def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "TimeMap", "the first operation must be TimeMap()"
    assert len(ops) - 1 <= 10**5, f"{len(ops) - 1} calls, over 10^5"
    seen = set()
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        if op == "set":
            assert (a[0], a[2]) not in seen, f"call {i}: a repeated timestamp for {a[0]!r}"
            seen.add((a[0], a[2]))
