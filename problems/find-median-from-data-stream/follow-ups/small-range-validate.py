def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "MedianFinder" and args[0] == [], "the first operation must construct the object"
    assert len(ops) - 1 <= 5 * 10**4, f"{len(ops) - 1} calls, over 5 * 10^4"
    count = 0
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        if op == "add_num":
            assert len(a) == 1 and 0 <= a[0] <= 100, f"call {i}: add_num of a value outside 0..100"
            count += 1
        else:
            assert op == "find_median" and a == [], f"call {i}: unknown operation {op}"
            assert count > 0, f"call {i}: find_median before any add_num"
