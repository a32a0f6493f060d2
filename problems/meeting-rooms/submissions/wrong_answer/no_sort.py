# Bug: compares neighbours in the order given, without sorting first, so two clashing
# meetings that are not next to each other in the list go unnoticed.
def can_attend_meetings(intervals):
    for prev, cur in zip(intervals, intervals[1:]):
        if cur[0] < prev[1] and prev[0] < cur[1]:
            return False
    return True
