def can_jump(nums):
    # Every index up to `furthest` is reachable; a gap beyond it cannot be crossed.
    furthest = 0
    last = len(nums) - 1
    for i, jump in enumerate(nums):
        if i > furthest:
            return False
        furthest = max(furthest, i + jump)
        if furthest >= last:
            return True
    return True
