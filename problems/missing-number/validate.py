def validate(input):
    nums = input["nums"]
    n = len(nums)
    assert 1 <= n <= 10**5, f"len(nums) = {n} is outside 1..10^5"
    assert all(0 <= x <= n for x in nums), f"a value is outside 0..{n}"
    assert len(set(nums)) == n, "values repeat"
