import random


def find_kth_largest(nums, k):
    # Quickselect with a random pivot and a three-way split: expected O(n), and equal
    # values cannot make it quadratic.
    rng = random.Random(0)
    while True:
        pivot = nums[rng.randrange(len(nums))]
        greater = [x for x in nums if x > pivot]
        if k <= len(greater):
            nums = greater
            continue
        equal = sum(1 for x in nums if x == pivot)
        if k <= len(greater) + equal:
            return pivot
        k -= len(greater) + equal
        nums = [x for x in nums if x < pivot]
