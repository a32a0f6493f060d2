def validate(input):
    nums, target = input["nums"], input["target"]
    assert 2 <= len(nums) <= 5 * 10**5, f"len(nums) = {len(nums)} is outside 2..5 * 10^5"
    assert all(-10**9 <= x <= 10**9 for x in nums), "a value is outside -10^9..10^9"
    assert -10**9 <= target <= 10**9, f"target {target} is outside -10^9..10^9"
    assert all(a <= b for a, b in zip(nums, nums[1:])), "nums is not in ascending order"
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        total = nums[lo] + nums[hi]
        if total == target:
            return
        if total < target:
            lo += 1
        else:
            hi -= 1
    raise AssertionError("no two values add up to the target")
