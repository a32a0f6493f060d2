def validate(input):
    for name in ("list1", "list2"):
        values = input[name]
        assert len(values) <= 5 * 10**4, f"{name} has {len(values)} nodes, over 5 * 10^4"
        assert all(-100 <= v <= 100 for v in values), f"a value of {name} is outside -100..100"
        assert values == sorted(values), f"{name} is not sorted"
