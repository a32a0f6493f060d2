# class: O(n^2)
# problem: partition-equal-subset-sum
# note: C-speed quadratic: the reachable sums as bits of one big integer, shifted and or-ed per value; each shift costs total/30 machine digits (the total is about 50n here), which at n <= 200 is not much more than the per-value overhead
def can_partition(nums):
    total = sum(nums)
    bits = 1
    for x in nums:
        bits |= bits << x
    return total % 2 == 0 and (bits >> (total // 2)) & 1 == 1
