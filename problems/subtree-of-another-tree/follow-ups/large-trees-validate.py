def validate(input):
    for name, most in (("root", 10**5), ("subRoot", 5 * 10**4)):
        level_order = input[name]
        values = [v for v in level_order if v is not None]
        assert 1 <= len(values) <= most, f"{name} has {len(values)} nodes, outside 1..{most}"
        assert all(-10**4 <= v <= 10**4 for v in values), f"a value of {name} is outside -10^4..10^4"
        assert level_order[0] is not None, f"{name} has nodes but no root"
