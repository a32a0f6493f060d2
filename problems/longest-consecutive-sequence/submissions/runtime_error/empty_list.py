# Bug: starts from the first sorted value without checking for an empty list.
def longest_consecutive(nums):
    values = sorted(set(nums))
    best = run = 1
    low = values[0]
    for v in values[1:]:
        run = run + 1 if v == low + run else 1
        if run == 1:
            low = v
        best = max(best, run)
    return best
