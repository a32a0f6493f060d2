# Bug: ranks distinct values only, so duplicates are counted once.
def find_kth_largest(nums, k):
    return sorted(set(nums), reverse=True)[k - 1]
