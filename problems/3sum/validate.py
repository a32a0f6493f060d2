def validate(input):
    nums = input["nums"]
    assert 3 <= len(nums) <= 3000, f"len(nums) = {len(nums)} is outside 3..3000"
    assert all(-10**5 <= x <= 10**5 for x in nums), "a value is outside -10^5..10^5"
