# Starts and ends sorted apart: the i-th meeting to start must not begin before the
# (i-1)-th meeting to end has ended.
def can_attend_meetings(intervals):
    starts = sorted(s for s, _ in intervals)
    ends = sorted(e for _, e in intervals)
    return all(s >= e for s, e in zip(starts[1:], ends))
