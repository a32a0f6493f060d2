def can_partition(nums):
    total = sum(nums)
    reach = 1
    for x in nums:
        reach |= reach << x
    for s in range(total // 2, -1, -1):
        if reach >> s & 1:
            return total - 2 * s
    return total
