def max_product(nums):
    """Length of the longest subarray with a positive product: O(n) time, O(1) space.

    positive / negative: the length of the longest subarray ending here whose product is
    positive / negative (0 when there is none)."""
    positive = negative = best = 0
    for x in nums:
        if x > 0:
            positive, negative = positive + 1, (negative + 1 if negative else 0)
        elif x < 0:
            positive, negative = (negative + 1 if negative else 0), positive + 1
        else:
            positive = negative = 0
        best = max(best, positive)
    return best
