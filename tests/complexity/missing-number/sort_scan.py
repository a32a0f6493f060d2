# class: O(n log n)
# problem: missing-number
# note: sorts the shuffled values, then checks every index (no early exit, so where the gap is does not matter)
def missing_number(nums):
    ordered = sorted(nums)
    missing = len(nums)
    for i in range(len(ordered) - 1, -1, -1):
        if ordered[i] != i:
            missing = i
    return missing
