# class: O(n log n)
# problem: kth-largest-element-in-an-array
# note: sorts descending and indexes
def find_kth_largest(nums, k):
    return sorted(nums, reverse=True)[k - 1]
