def validate(input):
    nums = input["nums"]
    n = len(nums)
    assert n <= 10**5, f"len(nums) = {n} is over 10^5"
    assert all(0 <= x <= n + 1 for x in nums), f"a value is outside 0..{n + 1}"
    assert len(set(nums)) == n, "values repeat"
