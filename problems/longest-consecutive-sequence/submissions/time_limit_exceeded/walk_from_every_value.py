# Correct but quadratic on one long run: walks upwards from every value, not only from the
# bottom of each run.
def longest_consecutive(nums):
    present = set(nums)
    best = 0
    for x in present:
        y = x
        while y in present:
            y += 1
        best = max(best, y - x)
    return best
