# class: O(n^2)
# problem: partition-equal-subset-sum
# note: the set of reachable subset sums up to half the total, grown value by value with no early exit; half the total is about 25n here, so n sets of up to 25n sums
def can_partition(nums):
    total = sum(nums)
    half = total // 2
    sums = {0}
    for x in nums:
        sums |= {s + x for s in sums if s + x <= half}
    return total % 2 == 0 and half in sums
