def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def validate(input):
    nums, target = input["nums"], input["target"]
    assert isinstance(nums, list), "nums is not a list"
    assert 1 <= len(nums) <= 200, f"len(nums) = {len(nums)} is outside 1..200"
    assert all(is_int(x) for x in nums), "a number is not an integer"
    assert all(0 <= x <= 1000 for x in nums), "a number is outside 0..1000"
    assert sum(nums) <= 1000, f"sum(nums) = {sum(nums)} is over 1000"
    assert is_int(target), "target is not an integer"
    assert -1000 <= target <= 1000, f"target {target} is outside -1000..1000"
