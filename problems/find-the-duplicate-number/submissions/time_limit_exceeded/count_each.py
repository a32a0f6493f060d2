# Correct but O(n^2): counts every value with list.count until one occurs twice.
def find_duplicate(nums):
    for x in nums:
        if nums.count(x) > 1:
            return x
