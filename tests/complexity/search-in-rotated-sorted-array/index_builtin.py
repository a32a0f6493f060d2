# class: O(n)
# problem: search-in-rotated-sorted-array
# note: membership then list.index, both linear
def search(nums, target):
    return nums.index(target) if target in nums else -1
