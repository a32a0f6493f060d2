# class: O(2^n)
# problem: two-sum
# note: recursion shrinking the interval from the right first, without memo; the pair is at the far end
def two_sum(nums, target):
    def find(i, j):
        if i >= j:
            return None
        if nums[i] + nums[j] == target:
            return [i, j]
        return find(i, j - 1) or find(i + 1, j)
    return find(0, len(nums) - 1)
