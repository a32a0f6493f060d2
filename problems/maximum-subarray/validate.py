def validate(input):
    nums = input["nums"]
    assert 1 <= len(nums) <= 10**5, f"len(nums) = {len(nums)} is outside 1..10^5"
    assert all(isinstance(x, int) and -10**4 <= x <= 10**4 for x in nums), "a value is outside -10^4..10^4"
