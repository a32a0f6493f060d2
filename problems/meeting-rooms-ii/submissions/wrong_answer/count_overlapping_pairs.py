def min_meeting_rooms(intervals):
    intervals = sorted(intervals)
    rooms = 1
    for (a, b), (c, d) in zip(intervals, intervals[1:]):
        if c < b:
            rooms += 1
    return rooms
