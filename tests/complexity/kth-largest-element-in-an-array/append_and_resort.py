# class: O(n^2)
# problem: kth-largest-element-in-an-array
# note: C-speed quadratic: appends each value and sorts again; timsort finds the sorted run of the i - 1 earlier values, so each sort is linear (not i log i) and the whole is n²/2 comparisons
def find_kth_largest(nums, k):
    ordered = []
    for x in nums:
        ordered.append(x)
        ordered.sort()
    return ordered[-k]
