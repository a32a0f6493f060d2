def min_meeting_rooms(intervals):
    best = 0
    for s, _ in intervals:
        running = sum(1 for a, b in intervals if a <= s < b)
        best = max(best, running)
    return best
