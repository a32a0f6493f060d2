# class: O(n^3)
# problem: contains-duplicate
# note: for every pair (i, j), looks for nums[j] in the slice between them
def contains_duplicate(nums):
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[j] in nums[i:j]:
                return True
    return False
