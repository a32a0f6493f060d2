def validate(input):
    cost = input["cost"]
    assert 2 <= len(cost) <= 1000, f"len(cost) = {len(cost)} is outside 2..1000"
    assert all(0 <= c <= 999 for c in cost), "a cost is outside 0..999"
