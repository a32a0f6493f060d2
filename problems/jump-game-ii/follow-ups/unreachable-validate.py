def validate(input):
    nums = input["nums"]
    assert 1 <= len(nums) <= 10**4, f"len(nums) = {len(nums)} is outside 1..10^4"
    assert all(isinstance(x, int) and 0 <= x <= 1000 for x in nums), "a jump is outside 0..1000"
