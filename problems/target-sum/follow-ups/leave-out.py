def find_target_sum_ways(nums, target):
    """Each number gets "+", "-" or is left out. The subset trick no longer applies (the
    left-out numbers are in neither side), so count signed sums directly: ways[total + s] is
    the number of choices for the numbers so far that add up to s. O(n * total) time and
    O(total) space."""
    total = sum(nums)
    if abs(target) > total:
        return 0
    width = 2 * total + 1
    ways = [0] * width
    ways[total] = 1
    for x in nums:
        nxt = ways[:]  # x left out
        for s, count in enumerate(ways):
            if count:
                if s + x < width:
                    nxt[s + x] += count
                if s - x >= 0:
                    nxt[s - x] += count
        ways = nxt
    return ways[total + target]
