# class: O(n log n)
# problem: search-in-rotated-sorted-array
# note: sorts (value, index) pairs, then bisects
import bisect

def search(nums, target):
    pairs = sorted((x, i) for i, x in enumerate(nums))
    j = bisect.bisect_left(pairs, (target, -1))
    if j < len(pairs) and pairs[j][0] == target:
        return pairs[j][1]
    return -1
