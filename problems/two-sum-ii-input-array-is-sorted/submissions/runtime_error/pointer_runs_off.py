# Bug: starts the right pointer one past the end.
def two_sum(numbers, target):
    lo, hi = 0, len(numbers)
    while lo < hi:
        total = numbers[lo] + numbers[hi]
        if total == target:
            return [lo + 1, hi + 1]
        if total < target:
            lo += 1
        else:
            hi -= 1
    return []
