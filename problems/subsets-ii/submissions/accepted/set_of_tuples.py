# Every subset built iteratively from the sorted values, kept in a set of tuples.
def subsets_with_dup(nums):
    found = {()}
    for x in sorted(nums):
        found |= {s + (x,) for s in found}
    return [list(s) for s in found]
