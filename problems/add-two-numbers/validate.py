def validate(input):
    for name in ("l1", "l2"):
        digits = input[name]
        assert 1 <= len(digits) <= 100, f"{name} has {len(digits)} nodes, outside 1..100"
        assert all(0 <= d <= 9 for d in digits), f"a digit of {name} is outside 0..9"
        assert len(digits) == 1 or digits[-1] != 0, f"{name} has a leading zero (its last node is 0)"
