# Counts the intervals kept (greedy by end, sorted in place) and subtracts.
from operator import itemgetter


def erase_overlap_intervals(intervals):
    intervals.sort(key=itemgetter(1))
    kept = 0
    free_from = float("-inf")
    for start, end in intervals:
        if start >= free_from:
            kept += 1
            free_from = end
    return len(intervals) - kept
