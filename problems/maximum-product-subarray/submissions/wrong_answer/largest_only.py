# Bug: Kadane's rule for sums, keeping only the largest product ending here; two negatives far
# apart never meet.
def max_product(nums):
    best = cur = nums[0]
    for x in nums[1:]:
        cur = max(x, cur * x)
        best = max(best, cur)
    return best
