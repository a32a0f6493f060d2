def min_meeting_rooms(intervals):
    # At each meeting's start, count the meetings running then: O(n^2).
    best = 0
    for s, _ in intervals:
        running = 0
        for a, b in intervals:
            if a <= s < b:
                running += 1
        if running > best:
            best = running
    return best
