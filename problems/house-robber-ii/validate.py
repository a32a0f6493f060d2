def validate(input):
    nums = input["nums"]
    assert 1 <= len(nums) <= 100, f"len(nums) = {len(nums)} is outside 1..100"
    assert all(0 <= x <= 1000 for x in nums), "a value is outside 0..1000"
