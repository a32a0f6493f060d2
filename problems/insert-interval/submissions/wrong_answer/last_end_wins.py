# Bug: takes the end of the last overlapping interval instead of the larger end, so a new
# interval reaching past it is cut short.
def insert(intervals, new_interval):
    s, e = new_interval
    out = []
    i = 0
    while i < len(intervals) and intervals[i][1] < s:
        out.append(intervals[i])
        i += 1
    while i < len(intervals) and intervals[i][0] <= e:
        s = min(s, intervals[i][0])
        e = intervals[i][1]
        i += 1
    return out + [[s, e]] + intervals[i:]
