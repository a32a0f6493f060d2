# class: O(n)
# problem: missing-number
# note: expected sum minus actual sum
def missing_number(nums):
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)
