# Bug: drops the running sum when adding the value would make it negative, and only then
# compares it with the best, so a single negative value never becomes the answer.
def max_sub_array(nums):
    best = nums[0]
    current = 0
    for x in nums:
        if current + x < 0:
            current = 0
            continue
        current += x
        best = max(best, current)
    return best
