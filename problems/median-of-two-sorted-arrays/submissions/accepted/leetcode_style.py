# LeetCode-style: cut both lists so that the left parts hold half the values and every value on
# the left is at most every value on the right; binary search the cut in the shorter list.
class Solution:
    def findMedianSortedArrays(self, nums1: List[int], nums2: List[int]) -> float:
        a, b = (nums1, nums2) if len(nums1) <= len(nums2) else (nums2, nums1)
        total = len(a) + len(b)
        left_size = (total + 1) // 2
        low, high = 0, len(a)
        while True:
            cut_a = (low + high) // 2
            cut_b = left_size - cut_a
            a_left = a[cut_a - 1] if cut_a else -math.inf
            a_right = a[cut_a] if cut_a < len(a) else math.inf
            b_left = b[cut_b - 1] if cut_b else -math.inf
            b_right = b[cut_b] if cut_b < len(b) else math.inf
            if a_left > b_right:
                high = cut_a - 1
            elif b_left > a_right:
                low = cut_a + 1
            elif total % 2:
                return float(max(a_left, b_left))
            else:
                return (max(a_left, b_left) + min(a_right, b_right)) / 2.0
