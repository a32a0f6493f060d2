# Bug: solves the straight street and forgets that the first and last houses are neighbours.
def rob(nums):
    prev, cur = 0, 0
    for x in nums:
        prev, cur = cur, max(cur, prev + x)
    return cur
