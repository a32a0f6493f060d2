# Binary search for the run the new interval overlaps, then slices around it.
from bisect import bisect_left, bisect_right


def insert(intervals, new_interval):
    s, e = new_interval
    lo = bisect_left(intervals, s, key=lambda iv: iv[1])   # first interval ending at or after s
    hi = bisect_right(intervals, e, key=lambda iv: iv[0])  # first interval starting after e
    if lo < hi:
        s = min(s, intervals[lo][0])
        e = max(e, intervals[hi - 1][1])
    return intervals[:lo] + [[s, e]] + intervals[hi:]
