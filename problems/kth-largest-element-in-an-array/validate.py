def validate(input):
    nums, k = input["nums"], input["k"]
    assert 1 <= k <= len(nums) <= 10**5, f"k = {k}, len(nums) = {len(nums)}: need 1 <= k <= len(nums) <= 10^5"
    assert all(-10**4 <= x <= 10**4 for x in nums), "a value is outside -10^4..10^4"
