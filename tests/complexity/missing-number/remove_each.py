# class: O(n^2)
# problem: missing-number
# note: C-speed quadratic: list.remove of every value from 0..n; each removal scans to the value and shifts the rest, len(remaining) steps in all, whatever the order
def missing_number(nums):
    remaining = list(range(len(nums) + 1))
    for x in nums:
        remaining.remove(x)
    return remaining[0]
