# Sorting: O(n log n), accepted here.
def find_kth_largest(nums, k):
    return sorted(nums)[-k]
