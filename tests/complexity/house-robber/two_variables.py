# class: O(n)
# problem: house-robber
# note: keeps the best totals for the last two prefixes
def rob(nums):
    before, best = 0, 0
    for x in nums:
        before, best = best, max(best, before + x)
    return best
