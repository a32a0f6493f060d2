def validate(input):
    height = input["height"]
    assert 1 <= len(height) <= 2 * 10**4, f"len(height) = {len(height)} is outside 1..2*10^4"
    assert all(0 <= h <= 10**5 for h in height), "a height is outside 0..10^5"
