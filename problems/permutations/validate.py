def validate(input):
    nums = input["nums"]
    assert 1 <= len(nums) <= 6, f"len(nums) = {len(nums)} is outside 1..6"
    assert all(-10 <= x <= 10 for x in nums), "a value is outside -10..10"
    assert len(set(nums)) == len(nums), "values repeat"
