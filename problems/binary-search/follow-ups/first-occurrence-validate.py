def validate(input):
    nums, target = input["nums"], input["target"]
    assert 1 <= len(nums) <= 10**4, f"len(nums) = {len(nums)} is outside 1..10^4"
    assert all(-10**4 < x < 10**4 for x in nums), "a value is outside -9999..9999"
    assert -10**4 < target < 10**4, f"target {target} is outside -9999..9999"
    assert all(a <= b for a, b in zip(nums, nums[1:])), "nums is not sorted"
