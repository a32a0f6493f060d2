# class: O(n^2)
# problem: two-sum
# note: checks every pair; the generator puts the pair at the far end
def two_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
