# Correct but quadratic: does not trust the order and bubble-sorts a copy (keeping each value's
# original index) before a binary search. O(n^2) even when the list is already sorted.
def search(nums, target):
    pairs = [(x, i) for i, x in enumerate(nums)]
    n = len(pairs)
    for end in range(n - 1, 0, -1):
        for j in range(end):
            if pairs[j][0] > pairs[j + 1][0]:
                pairs[j], pairs[j + 1] = pairs[j + 1], pairs[j]
    lo, hi = 0, n - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if pairs[mid][0] == target:
            return pairs[mid][1]
        if pairs[mid][0] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
