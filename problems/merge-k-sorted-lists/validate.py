def validate(input):
    lists = input["lists"]
    assert len(lists) <= 10**4, f"{len(lists)} lists, over 10^4"
    total = 0
    for i, values in enumerate(lists):
        assert len(values) <= 500, f"list {i} has {len(values)} nodes, over 500"
        assert all(-10**4 <= v <= 10**4 for v in values), f"a value of list {i} is outside -10^4..10^4"
        assert all(a <= b for a, b in zip(values, values[1:])), f"list {i} is not sorted"
        total += len(values)
    assert total <= 10**4, f"{total} nodes in all, over 10^4"
