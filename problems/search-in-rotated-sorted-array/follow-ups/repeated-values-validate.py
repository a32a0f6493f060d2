def validate(input):
    nums, target = input["nums"], input["target"]
    assert 1 <= len(nums) <= 10**5, f"len(nums) = {len(nums)} is outside 1..10^5"
    assert all(-10**9 <= x <= 10**9 for x in nums), "a value is outside -10^9..10^9"
    assert -10**9 <= target <= 10**9, f"target {target} is outside -10^9..10^9"
    # A non-decreasing list rotated: at most one descent, and none across the wrap if there is one.
    descents = sum(nums[i] > nums[i + 1] for i in range(len(nums) - 1))
    assert descents == 0 or (descents == 1 and nums[-1] <= nums[0]), "nums is not a rotated non-decreasing list"
