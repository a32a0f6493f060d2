# class: O(n log n)
# problem: meeting-rooms-ii
# note: sorts by start, keeps the end times of the rooms in use in a min-heap
import heapq

def min_meeting_rooms(intervals):
    ends = []
    for s, e in sorted(intervals):
        if ends and ends[0] <= s:
            heapq.heapreplace(ends, e)
        else:
            heapq.heappush(ends, e)
    return len(ends)
