def validate(input):
    nums = input["nums"]
    assert 1 <= len(nums) <= 200, f"len(nums) = {len(nums)} is outside 1..200"
    assert all(1 <= x <= 100 for x in nums), "a value is outside 1..100"
