# class: O(n log n)
# problem: single-number
# note: sorts, then checks every aligned pair (no early exit, so the single value's position does not matter)
def single_number(nums):
    ordered = sorted(nums)
    single = None
    for i in range(0, len(ordered) - 1, 2):
        if single is None and ordered[i] != ordered[i + 1]:
            single = ordered[i]
    return ordered[-1] if single is None else single
