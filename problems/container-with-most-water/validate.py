def validate(input):
    height = input["height"]
    assert 2 <= len(height) <= 10**5, f"len(height) = {len(height)} is outside 2..10^5"
    assert all(0 <= h <= 10**4 for h in height), "a height is outside 0..10^4"
