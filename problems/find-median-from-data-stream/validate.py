def validate(input):
    low, high = -10**5, 10**5
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "MedianFinder" and args[0] == [], "the first operation must construct the object"
    assert len(ops) - 1 <= 5 * 10**4, f"{len(ops) - 1} calls, over 5 * 10^4"
    count = 0
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        if op == "add_num":
            assert len(a) == 1 and low <= a[0] <= high, f"call {i}: add_num of a value outside {low}..{high}"
            count += 1
        else:
            assert op == "find_median", f"call {i}: unknown operation {op}"
            assert a == [], f"call {i}: find_median takes no arguments"
            assert count > 0, f"call {i}: find_median before any add_num"
