def max_sub_array(nums):
    """Divide and conquer: the best subarray lies in the left half, in the right half, or
    across the middle. Each half reports four numbers (its total, its best prefix, its best
    suffix and its best subarray), so combining is O(1) and the whole is O(n) time, O(log n)
    stack."""

    def solve(lo, hi):
        # nums[lo:hi], hi - lo >= 1: (total, best prefix, best suffix, best subarray)
        if hi - lo == 1:
            x = nums[lo]
            return x, x, x, x
        mid = (lo + hi) // 2
        lt, lp, ls, lb = solve(lo, mid)
        rt, rp, rs, rb = solve(mid, hi)
        return (
            lt + rt,
            max(lp, lt + rp),
            max(rs, rt + ls),
            max(lb, rb, ls + rp),
        )

    return solve(0, len(nums))[3]
