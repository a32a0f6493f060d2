def can_attend_meetings(intervals):
    # Every pair of meetings, O(n^2). [a, b) and [c, d) clash when each starts before the
    # other ends.
    for i in range(len(intervals)):
        a, b = intervals[i]
        for j in range(i + 1, len(intervals)):
            c, d = intervals[j]
            if a < d and c < b:
                return False
    return True
