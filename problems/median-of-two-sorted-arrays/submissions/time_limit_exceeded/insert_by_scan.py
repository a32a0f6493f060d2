# Correct but O(m * n): merges by inserting each value of nums2 into a copy of nums1, finding its
# place by scanning from the left every time. When every value of nums2 is larger, each scan
# walks the whole growing list.
def find_median_sorted_arrays(nums1, nums2):
    merged = list(nums1)
    for x in nums2:
        pos = 0
        while pos < len(merged) and merged[pos] <= x:
            pos += 1
        merged.insert(pos, x)
    mid = len(merged) // 2
    if len(merged) % 2:
        return float(merged[mid])
    return (merged[mid - 1] + merged[mid]) / 2
