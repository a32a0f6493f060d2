def validate(input):
    heights = input["heights"]
    assert 1 <= len(heights) <= 10**5, f"{len(heights)} bars is outside 1..10^5"
    assert all(0 <= h <= 10**4 for h in heights), "a height is outside 0..10^4"
