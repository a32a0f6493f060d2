# Bug: sorted by start, on an overlap it always deletes the later interval and keeps the
# earlier one, even when the earlier one ends later and blocks more.
def erase_overlap_intervals(intervals):
    intervals = sorted(intervals)
    removed = 0
    prev_end = intervals[0][1]
    for start, end in intervals[1:]:
        if start >= prev_end:
            prev_end = end
        else:
            removed += 1
    return removed
