# Bug: reads the first meeting's end before looking at the list, which may be empty
# (IndexError).
def can_attend_meetings(intervals):
    intervals = sorted(intervals)
    last_end = intervals[0][1]
    for start, end in intervals[1:]:
        if start < last_end:
            return False
        last_end = end
    return True
