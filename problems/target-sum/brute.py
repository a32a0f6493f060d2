from itertools import product


def find_target_sum_ways(nums, target):
    # Tries all 2^n sign choices one by one and counts those that add up to the target.
    count = 0
    for signs in product((1, -1), repeat=len(nums)):
        if sum(sign * x for sign, x in zip(signs, nums)) == target:
            count += 1
    return count
