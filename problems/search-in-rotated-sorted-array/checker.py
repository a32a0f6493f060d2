def check(input, expected, actual):
    """Any index holding the target is right (with distinct values there is only one; the
    repeated-values follow-up may have several), and -1 exactly when the target is absent."""
    nums, target = input["nums"], input["target"]
    if not isinstance(actual, int) or isinstance(actual, bool):
        return False, "expected an integer index"
    if target not in nums:
        return (actual == -1, "" if actual == -1 else "the target is absent, so the answer is -1")
    if actual == -1:
        return False, "the target is present but -1 was returned"
    if not 0 <= actual < len(nums):
        return False, f"index {actual} is out of range for a list of length {len(nums)}"
    if nums[actual] != target:
        return False, f"the value at index {actual} is not the target"
    return True, ""
