# Divide and conquer with the crossing sum found by scanning out from the middle:
# O(n log n), fast enough for 10^5 values.
def max_sub_array(nums):
    def best(lo, hi):
        if lo == hi:
            return nums[lo]
        mid = (lo + hi) // 2
        left, total = float("-inf"), 0
        for i in range(mid, lo - 1, -1):
            total += nums[i]
            left = max(left, total)
        right, total = float("-inf"), 0
        for i in range(mid + 1, hi + 1):
            total += nums[i]
            right = max(right, total)
        return max(best(lo, mid), best(mid + 1, hi), left + right)

    return best(0, len(nums) - 1)
