# class: O(n log n)
# problem: top-k-frequent-elements
# note: sorts all n values (not the distinct ones) by their count, then collects distinct values from the most frequent end
from collections import Counter

def top_k_frequent(nums, k):
    count = Counter(nums)
    ordered = sorted(nums, key=count.__getitem__, reverse=True)
    out, seen = [], set()
    for x in ordered:
        if x not in seen:
            seen.add(x)
            out.append(x)
            if len(out) == k:
                break
    return out
