def can_attend_meetings(intervals):
    # Sorted by start, a clash shows up between neighbours: a meeting clashes with some
    # earlier one exactly when it starts before the meeting just before it ends.
    meetings = sorted(intervals)
    for i in range(1, len(meetings)):
        if meetings[i][0] < meetings[i - 1][1]:
            return False
    return True
