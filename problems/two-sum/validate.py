def validate(input):
    nums, target = input["nums"], input["target"]
    assert 2 <= len(nums) <= 10**4, f"len(nums) = {len(nums)} is outside 2..10^4"
    assert all(-10**9 <= x <= 10**9 for x in nums), "a value is outside -10^9..10^9"
    assert -10**9 <= target <= 10**9, f"target {target} is outside -10^9..10^9"
    seen = set()
    for x in nums:
        if target - x in seen:
            return
        seen.add(x)
    raise AssertionError("no two values add up to the target")
