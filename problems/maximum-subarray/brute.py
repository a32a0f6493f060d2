def max_sub_array(nums):
    # Every subarray: for each start, extend one value at a time, keeping the running sum.
    # O(n^2) time, O(1) space.
    best = nums[0]
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            if total > best:
                best = total
    return best
