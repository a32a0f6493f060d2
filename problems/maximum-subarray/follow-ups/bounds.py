def max_sub_array(nums):
    """[i, j] of the subarray nums[i..j] with the largest sum; among ties, the one that starts
    first, then the shorter. Kadane, remembering where the running subarray starts: O(n) time,
    O(1) space.

    The running sum restarts only when it is negative (a zero sum is kept, so the start stays
    as far left as it can), and the best is replaced only by a strictly larger sum (so the
    first end wins)."""
    best = current = nums[0]
    start = 0
    bounds = [0, 0]
    for i in range(1, len(nums)):
        if current < 0:
            current = 0
            start = i
        current += nums[i]
        if current > best:
            best = current
            bounds = [start, i]
    return bounds
