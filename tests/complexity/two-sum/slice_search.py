# class: O(n^2)
# problem: two-sum
# note: searches the complement in the slice after each position
def two_sum(nums, target):
    for i, x in enumerate(nums):
        rest = nums[i + 1:]
        if target - x in rest:
            return [i, i + 1 + rest.index(target - x)]
    return []
