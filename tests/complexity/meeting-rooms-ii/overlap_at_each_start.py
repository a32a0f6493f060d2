# class: O(n^2)
# problem: meeting-rooms-ii
# note: for every meeting's start, counts the meetings in progress at that instant
def min_meeting_rooms(intervals):
    best = 0
    for s, _ in intervals:
        count = 0
        for a, b in intervals:
            if a <= s < b:
                count += 1
        best = max(best, count)
    return best
