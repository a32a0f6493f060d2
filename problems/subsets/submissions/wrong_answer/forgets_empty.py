from itertools import combinations


def subsets(nums):
    return [list(c) for k in range(1, len(nums) + 1) for c in combinations(nums, k)]
