# class: O(n log n)
# problem: contains-duplicate
# note: sorts a copy and compares neighbours
def contains_duplicate(nums):
    ordered = sorted(nums)
    for a, b in zip(ordered, ordered[1:]):
        if a == b:
            return True
    return False
