# class: O(n^2)
# problem: two-sum
# note: a list of seen values searched with `in` and index() on every step
def two_sum(nums, target):
    seen = []
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen.index(target - x), i]
        seen.append(x)
    return []
