# Bug: the smallest product is computed from the largest one just updated, not the old one.
def max_product(nums):
    best = high = low = nums[0]
    for x in nums[1:]:
        high = max(x, high * x, low * x)
        low = min(x, high * x, low * x)
        best = max(best, high)
    return best
