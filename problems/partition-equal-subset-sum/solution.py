def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return False
    half = total // 2
    reach = 1
    for x in nums:
        reach |= reach << x
    return bool(reach >> half & 1)
