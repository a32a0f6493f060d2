# Another O(log(m + n)): find the k-th smallest value of the two lists by throwing away about
# k/2 values at a time (the first k/2 of the list whose k/2-th value is smaller cannot hold it).
def find_median_sorted_arrays(nums1, nums2):
    def kth(k):
        # The k-th smallest (1-based) of nums1[i:] and nums2[j:], without copying.
        i = j = 0
        while True:
            if i == len(nums1):
                return nums2[j + k - 1]
            if j == len(nums2):
                return nums1[i + k - 1]
            if k == 1:
                return min(nums1[i], nums2[j])
            step = k // 2
            a = min(i + step, len(nums1)) - 1
            b = min(j + step, len(nums2)) - 1
            if nums1[a] <= nums2[b]:
                k -= a - i + 1
                i = a + 1
            else:
                k -= b - j + 1
                j = b + 1

    total = len(nums1) + len(nums2)
    if total % 2:
        return float(kth(total // 2 + 1))
    return (kth(total // 2) + kth(total // 2 + 1)) / 2
