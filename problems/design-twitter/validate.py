def validate(input):
    ops, args = input["operations"], input["arguments"]
    assert len(ops) == len(args), "operations and arguments differ in length"
    assert ops and ops[0] == "Twitter" and args[0] == [], "the first operation must construct the object"
    assert len(ops) - 1 <= 3 * 10**4, f"{len(ops) - 1} calls, over 3 * 10^4"
    arity = {"post_tweet": 2, "get_news_feed": 1, "follow": 2, "unfollow": 2}
    seen = set()
    for i, (op, a) in enumerate(zip(ops[1:], args[1:]), 1):
        assert op in arity, f"call {i}: unknown operation {op}"
        assert len(a) == arity[op], f"call {i}: {op} takes {arity[op]} arguments"
        users = a[:1] if op == "post_tweet" else a
        assert all(1 <= u <= 500 for u in users), f"call {i}: a user id outside 1..500"
        if op in ("follow", "unfollow"):
            assert a[0] != a[1], f"call {i}: a user cannot {op} themselves"
        if op == "post_tweet":
            assert 0 <= a[1] <= 10**4, f"call {i}: tweet id outside 0..10^4"
            assert a[1] not in seen, f"call {i}: tweet id {a[1]} was already posted"
            seen.add(a[1])
