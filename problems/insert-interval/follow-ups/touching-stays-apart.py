def insert(intervals, new_interval):
    # The same pass; with half-open intervals, sharing an end is not overlapping.
    start, end = new_interval
    out = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] <= start:
        out.append(intervals[i])
        i += 1
    while i < n and intervals[i][0] < end:
        start = min(start, intervals[i][0])
        end = max(end, intervals[i][1])
        i += 1
    out.append([start, end])
    out.extend(intervals[i:])
    return out
