def can_partition(nums):
    total = sum(nums)
    if total % 2:
        return False

    def subset(i, remaining):
        if remaining == 0:
            return True
        if i == len(nums) or remaining < 0:
            return False
        return subset(i + 1, remaining - nums[i]) or subset(i + 1, remaining)

    return subset(0, total // 2)
