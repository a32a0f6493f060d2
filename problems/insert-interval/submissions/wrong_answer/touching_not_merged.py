# Bug: treats the intervals as if sharing an end point were not an overlap, so [1, 3] and
# [3, 5] stay apart.
def insert(intervals, new_interval):
    s, e = new_interval
    out = []
    i = 0
    while i < len(intervals) and intervals[i][1] <= s:
        out.append(intervals[i])
        i += 1
    while i < len(intervals) and intervals[i][0] < e:
        s = min(s, intervals[i][0])
        e = max(e, intervals[i][1])
        i += 1
    return out + [[s, e]] + intervals[i:]
