def validate(input):
    for name in ("p", "q"):
        level_order = input[name]
        values = [v for v in level_order if v is not None]
        assert len(values) <= 10**5, f"{name} has {len(values)} nodes, over 10^5"
        assert all(-10**4 <= v <= 10**4 for v in values), f"a value of {name} is outside -10^4..10^4"
        assert not level_order or level_order[0] is not None, f"{name} has nodes but no root"
