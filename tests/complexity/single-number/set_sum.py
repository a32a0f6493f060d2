# class: O(n)
# problem: single-number
# note: twice the sum of the distinct values minus the sum of all
def single_number(nums):
    return 2 * sum(set(nums)) - sum(nums)
