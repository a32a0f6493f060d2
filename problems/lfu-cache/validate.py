def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "LFUCache", "the first operation must construct the cache"
    assert "LFUCache" not in ops[1:], "the cache is constructed once"
    assert len(ops) - 1 <= 10**5, f"{len(ops) - 1} calls, over 10^5"
    (capacity,) = args[0]
    assert 1 <= capacity <= 5 * 10**4, f"capacity {capacity} is outside 1..5*10^4"
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        assert op in ("get", "put"), f"call {i}: unknown method {op}"
        assert 0 <= a[0] <= 10**5, f"call {i}: key {a[0]} is outside 0..10^5"
        if op == "put":
            assert 0 <= a[1] <= 10**9, f"call {i}: value {a[1]} is outside 0..10^9"
