# class: O(n)
# problem: single-number
# note: xor of everything cancels the pairs
from functools import reduce
import operator

def single_number(nums):
    return reduce(operator.xor, nums, 0)
