# class: O(n)
# problem: kth-largest-element-in-an-array
# note: quickselect with a random pivot and three-way partition (expected linear)
import random

def find_kth_largest(nums, k):
    items = nums
    while True:
        pivot = random.choice(items)
        above = [x for x in items if x > pivot]
        if k <= len(above):
            items = above
            continue
        equal = sum(1 for x in items if x == pivot)
        if k <= len(above) + equal:
            return pivot
        k -= len(above) + equal
        items = [x for x in items if x < pivot]
