import random


def find_median_sorted_arrays(nums1, nums2):
    # Without order there is nothing to binary search: select the middle value(s) of all the
    # values with quickselect, expected O(m + n), no sorting.
    values = nums1 + nums2

    def kth(k):
        # The k-th smallest value (0-based): keep only the side of a random pivot that holds it.
        pool = values
        while True:
            pivot = random.choice(pool)
            lower = [x for x in pool if x < pivot]
            if k < len(lower):
                pool = lower
                continue
            equal = pool.count(pivot)
            if k < len(lower) + equal:
                return pivot
            k -= len(lower) + equal
            pool = [x for x in pool if x > pivot]

    total = len(values)
    if total % 2:
        return float(kth(total // 2))
    return (kth(total // 2 - 1) + kth(total // 2)) / 2
