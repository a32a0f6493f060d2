def validate(input):
    nums = input["nums"]
    assert 1 <= len(nums) <= 2500, f"len(nums) = {len(nums)} is outside 1..2500"
    assert all(-10**4 <= x <= 10**4 for x in nums), "a value is outside -10^4..10^4"
