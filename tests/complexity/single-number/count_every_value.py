# class: O(n^2)
# problem: single-number
# note: C-speed quadratic: nums.count(x) for every element (no early exit), each a full scan
def single_number(nums):
    return [x for x in nums if nums.count(x) == 1][0]
