# Bug: counts intervals that only meet at an end point as overlapping.
def erase_overlap_intervals(intervals):
    removed = 0
    last_end = float("-inf")
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if start > last_end:
            last_end = end
        else:
            removed += 1
    return removed
