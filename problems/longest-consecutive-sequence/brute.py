def longest_consecutive(nums):
    # From every value, count how far the run goes upwards.
    present = set(nums)
    best = 0
    for x in nums:
        length = 1
        while x + length in present:
            length += 1
        best = max(best, length)
    return best
