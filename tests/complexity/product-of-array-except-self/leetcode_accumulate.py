# class: O(n)
# problem: product-of-array-except-self
# note: LeetCode style: prefix and suffix products with itertools.accumulate
from itertools import accumulate
import operator

class Solution:
    def productExceptSelf(self, nums: List[int]) -> List[int]:
        prefix = [1] + list(accumulate(nums, operator.mul))[:-1]
        suffix = ([1] + list(accumulate(reversed(nums), operator.mul))[:-1])[::-1]
        return [a * b for a, b in zip(prefix, suffix)]
