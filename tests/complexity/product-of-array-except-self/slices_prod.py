# class: O(n^2)
# problem: product-of-array-except-self
# note: C-speed quadratic: math.prod over the two slices around every index
import math

def product_except_self(nums):
    return [math.prod(nums[:i]) * math.prod(nums[i + 1:]) for i in range(len(nums))]
