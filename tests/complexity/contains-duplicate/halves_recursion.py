# class: O(2^n)
# problem: contains-duplicate
# note: recursion on both shorter lists (drop first, drop last): two calls per level
def contains_duplicate(nums):
    def dup(lo, hi):
        if hi - lo < 2:
            return False
        if nums[lo] == nums[hi - 1]:
            return True
        return dup(lo + 1, hi) or dup(lo, hi - 1)
    return dup(0, len(nums))
