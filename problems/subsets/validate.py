def validate(input):
    nums = input["nums"]
    assert len(nums) <= 10, f"len(nums) = {len(nums)} is over 10"
    assert all(-10 <= x <= 10 for x in nums), "a value is outside -10..10"
    assert len(set(nums)) == len(nums), "values repeat"
