from itertools import product


def permute(nums):
    # Every sequence of n indices, kept when no index repeats: n^n candidates.
    n = len(nums)
    return [[nums[i] for i in idx] for idx in product(range(n), repeat=n) if len(set(idx)) == n]
