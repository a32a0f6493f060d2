# Bug: starts with no end at all and compares against it, so the first interval raises
# TypeError ('>=' between int and NoneType).
def erase_overlap_intervals(intervals):
    removed = 0
    last_end = None
    for start, end in sorted(intervals, key=lambda iv: iv[1]):
        if start >= last_end:
            last_end = end
        else:
            removed += 1
    return removed
