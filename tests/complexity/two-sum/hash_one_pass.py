# class: O(n)
# problem: two-sum
# note: one pass with a dict of seen values
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    return []
