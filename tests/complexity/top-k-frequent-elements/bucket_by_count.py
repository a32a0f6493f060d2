# class: O(n)
# problem: top-k-frequent-elements
# note: counts, then buckets values by count and reads buckets from the top
from collections import Counter

def top_k_frequent(nums, k):
    buckets = [[] for _ in range(len(nums) + 1)]
    for value, c in Counter(nums).items():
        buckets[c].append(value)
    out = []
    for c in range(len(nums), 0, -1):
        for value in buckets[c]:
            out.append(value)
            if len(out) == k:
                return out
    return out
