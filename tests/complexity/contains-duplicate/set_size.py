# class: O(n)
# problem: contains-duplicate
# note: compares the set's size with the list's
def contains_duplicate(nums):
    return len(set(nums)) != len(nums)
