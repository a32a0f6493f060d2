# class: O(n^2)
# problem: contains-duplicate
# note: compares every pair
def contains_duplicate(nums):
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] == nums[j]:
                return True
    return False
