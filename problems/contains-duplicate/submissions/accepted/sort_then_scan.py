# Sorting puts equal values side by side: O(n log n), fast enough here.
def contains_duplicate(nums):
    s = sorted(nums)
    return any(s[i] == s[i + 1] for i in range(len(s) - 1))
