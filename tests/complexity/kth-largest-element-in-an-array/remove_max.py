# class: O(n^2)
# problem: kth-largest-element-in-an-array
# note: removes the maximum k - 1 times (k ~ n/2)
def find_kth_largest(nums, k):
    rest = list(nums)
    for _ in range(k - 1):
        rest.remove(max(rest))
    return max(rest)
