def longest_consecutive(nums):
    # Walk upwards only from the bottom of each run, so each value is visited by one walk.
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 not in values:
            y = x + 1
            while y in values:
                y += 1
            best = max(best, y - x)
    return best
