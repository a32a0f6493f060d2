# Bug: sorts without dropping repeats, so an equal neighbour restarts the run.
def longest_consecutive(nums):
    if not nums:
        return 0
    values = sorted(nums)
    best = run = 1
    for i in range(1, len(values)):
        run = run + 1 if values[i] == values[i - 1] + 1 else 1
        best = max(best, run)
    return best
