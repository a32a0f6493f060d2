# Bug: counts the neighbours (sorted by start) that overlap, as if each overlap cost exactly
# one deletion; an interval overlapping several others is counted several times.
def erase_overlap_intervals(intervals):
    intervals = sorted(intervals)
    return sum(1 for a, b in zip(intervals, intervals[1:]) if b[0] < a[1])
