def find_median_sorted_arrays(nums1, nums2):
    # Binary search over the shorter list: how many of its values go into the lower half.
    if len(nums1) > len(nums2):
        nums1, nums2 = nums2, nums1
    m, n = len(nums1), len(nums2)
    half = (m + n + 1) // 2        # the lower half's size (it takes the middle value when odd)
    lo, hi = 0, m
    while lo <= hi:
        i = (lo + hi) // 2         # values taken from nums1
        j = half - i               # and from nums2
        left1 = nums1[i - 1] if i > 0 else float("-inf")
        right1 = nums1[i] if i < m else float("inf")
        left2 = nums2[j - 1] if j > 0 else float("-inf")
        right2 = nums2[j] if j < n else float("inf")
        if left1 > right2:
            hi = i - 1             # took too many from nums1
        elif left2 > right1:
            lo = i + 1             # took too few from nums1
        else:
            lower = max(left1, left2)
            if (m + n) % 2:
                return float(lower)
            return (lower + min(right1, right2)) / 2
