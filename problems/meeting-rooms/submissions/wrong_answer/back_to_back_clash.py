# Bug: counts a meeting that starts when the previous one ends as a clash.
def can_attend_meetings(intervals):
    meetings = sorted(intervals)
    for prev, cur in zip(meetings, meetings[1:]):
        if cur[0] <= prev[1]:
            return False
    return True
