def check(input, expected, actual):
    nums, target = input["nums"], input["target"]
    if not isinstance(actual, list) or len(actual) != 2:
        return False, "expected a list of two indices"
    i, j = actual
    if not all(isinstance(k, int) and not isinstance(k, bool) for k in (i, j)):
        return False, "indices must be integers"
    n = len(nums)
    if not (0 <= i < n and 0 <= j < n):
        return False, f"index out of range for a list of length {n}"
    if i == j:
        return False, "the same position is used twice"
    if nums[i] + nums[j] != target:
        return False, "the values at those two positions do not add up to the target"
    return True, ""
