# Bug: the best sum starts at 0, the empty subarray's; when every value is negative it
# returns 0, which no subarray sums to.
def max_sub_array(nums):
    best = current = 0
    for x in nums:
        current = max(0, current + x)
        best = max(best, current)
    return best
