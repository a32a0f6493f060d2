def find_duplicate(nums):
    # Compare every pair of positions: O(n^2).
    for j in range(len(nums)):
        for i in range(j):
            if nums[i] == nums[j]:
                return nums[j]
