# class: O(n)
# problem: contains-duplicate
# note: counts with Counter and looks for a count above one
from collections import Counter

def contains_duplicate(nums):
    return any(c > 1 for c in Counter(nums).values())
