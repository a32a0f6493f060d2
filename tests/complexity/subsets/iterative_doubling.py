# class: O(2^n)
# problem: subsets
# note: doubles the list of subsets with each value (the output holds n·2^(n-1) items in all)
def subsets(nums):
    out = [[]]
    for x in nums:
        out += [s + [x] for s in out]
    return out
