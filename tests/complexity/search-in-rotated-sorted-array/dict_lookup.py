# class: O(n)
# problem: search-in-rotated-sorted-array
# note: builds a value-to-index dict first
def search(nums, target):
    where = {x: i for i, x in enumerate(nums)}
    return where.get(target, -1)
