import re


def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "RateLimiter", "the first operation must construct the limiter"
    limit, window = args[0]
    assert 1 <= limit <= 10**4 and 1 <= window <= 10**6, f"limit {limit} or window {window} out of range"
    assert len(ops) - 1 <= 10**5, f"{len(ops) - 1} calls, over 10^5"
    last = 0
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        assert op == "allow", f"call {i}: unknown method {op}"
        assert re.fullmatch(r"[a-z0-9]{1,10}", a[0]), f"call {i}: bad client {a[0]!r}"
        assert last <= a[1] <= 10**9, f"call {i}: timestamps must not decrease (within 0..10^9)"
        last = a[1]
