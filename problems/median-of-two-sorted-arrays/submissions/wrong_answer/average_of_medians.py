# Bug: takes the median of each list and averages the two. That is the median of the union
# only by luck: [1, 2, 3] and [4, 5, 6, 7, 8] give (2 + 6) / 2 = 4, but the median is 4.5.
def find_median_sorted_arrays(nums1, nums2):
    def median(nums):
        mid = len(nums) // 2
        return nums[mid] if len(nums) % 2 else (nums[mid - 1] + nums[mid]) / 2

    if not nums1:
        return float(median(nums2))
    if not nums2:
        return float(median(nums1))
    return (median(nums1) + median(nums2)) / 2
