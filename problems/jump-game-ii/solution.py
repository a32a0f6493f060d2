def jump(nums):
    # Breadth-first search by levels, without a queue: the indices reachable with exactly
    # `jumps` jumps form the window ending at `end`; `furthest` is how far one more jump from
    # that window gets. O(n) time, O(1) extra space.
    jumps = 0
    end = 0
    furthest = 0
    for i in range(len(nums) - 1):
        furthest = max(furthest, i + nums[i])
        if i == end:
            jumps += 1
            end = furthest
    return jumps
