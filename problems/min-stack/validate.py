def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "MinStack" and args[0] == [], "the first operation must construct the stack"
    assert "MinStack" not in ops[1:], "the stack is constructed once"
    assert len(ops) - 1 <= 3 * 10**4, f"{len(ops) - 1} calls, over 3 * 10^4"
    height = 0
    for i, (op, a) in enumerate(zip(ops, args)):
        if op == "push":
            assert len(a) == 1 and -2**31 <= a[0] <= 2**31 - 1, f"call {i}: push of a value outside 32 bits"
            height += 1
        elif op in ("pop", "top", "get_min"):
            assert a == [], f"call {i}: {op} takes no arguments"
            assert height > 0, f"call {i}: {op} on an empty stack"
            if op == "pop":
                height -= 1
