# Bug: fuses the new interval with at most the interval on each side of where it goes, so a
# new interval spanning three or more is left overlapping the ones in the middle.
def insert(intervals, new_interval):
    s, e = new_interval
    i = 0
    while i < len(intervals) and intervals[i][1] < s:
        i += 1
    out = intervals[:i]
    j = i
    if j < len(intervals) and intervals[j][0] <= e:
        s = min(s, intervals[j][0])
        e = max(e, intervals[j][1])
        j += 1
    if j < len(intervals) and intervals[j][0] <= e:
        e = max(e, intervals[j][1])
        j += 1
    return out + [[s, e]] + intervals[j:]
