def validate(input):
    nums = input["nums"]
    assert 1 <= len(nums) <= 5000, f"len(nums) = {len(nums)} is outside 1..5000"
    assert all(-5000 <= x <= 5000 for x in nums), "a value is outside -5000..5000"
    assert len(set(nums)) == len(nums), "values repeat"
    # An ascending list rotated: at most one descent, and none across the wrap if there is one.
    descents = sum(nums[i] > nums[i + 1] for i in range(len(nums) - 1))
    assert descents == 0 or (descents == 1 and nums[-1] < nums[0]), "nums is not a rotated ascending list"
