def min_meeting_rooms(intervals):
    return max(sum(1 for a, b in intervals if a <= s < b) for s, _ in intervals)
