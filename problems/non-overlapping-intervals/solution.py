def erase_overlap_intervals(intervals):
    # Greedy by end: of the intervals that still fit, keep the one that ends first; it leaves
    # the most room for the rest. Every interval that does not fit is removed.
    removed = 0
    last_end = -(10**9)
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if start >= last_end:
            last_end = end
        else:
            removed += 1
    return removed
