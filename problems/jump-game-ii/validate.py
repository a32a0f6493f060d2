def validate(input):
    nums = input["nums"]
    assert 1 <= len(nums) <= 10**4, f"len(nums) = {len(nums)} is outside 1..10^4"
    assert all(isinstance(x, int) and 0 <= x <= 1000 for x in nums), "a jump is outside 0..1000"
    furthest = 0
    for i in range(len(nums) - 1):
        assert i <= furthest, f"index {i} cannot be reached, so neither can the last index"
        furthest = max(furthest, i + nums[i])
    assert furthest >= len(nums) - 1, "the last index cannot be reached"
