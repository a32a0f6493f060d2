# Written for a version of the problem that passes Interval objects: the meetings here are
# [start, end] lists, so `.start` raises AttributeError.
def can_attend_meetings(intervals):
    intervals.sort(key=lambda i: i.start)
    for i in range(1, len(intervals)):
        if intervals[i].start < intervals[i - 1].end:
            return False
    return True
