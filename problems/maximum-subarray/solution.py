def max_sub_array(nums):
    # Kadane: `current` is the largest sum of a subarray ending at the value just read.
    # A negative running sum only drags the next value down, so it is dropped.
    # O(n) time, O(1) extra space.
    best = current = nums[0]
    for i in range(1, len(nums)):
        x = nums[i]
        if current < 0:
            current = 0
        current += x
        if current > best:
            best = current
    return best
