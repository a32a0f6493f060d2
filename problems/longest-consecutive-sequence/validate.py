def validate(input):
    nums = input["nums"]
    assert len(nums) <= 10**5, f"len(nums) = {len(nums)} is over 10^5"
    assert all(-10**9 <= x <= 10**9 for x in nums), "a value is outside -10^9..10^9"
