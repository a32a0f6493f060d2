# Bug: a shortcut for a new interval that comes before everything reads intervals[0], which
# an empty list does not have (IndexError).
def insert(intervals, new_interval):
    if new_interval[1] < intervals[0][0]:
        return [new_interval] + intervals
    s, e = new_interval
    out = []
    i = 0
    while i < len(intervals) and intervals[i][1] < s:
        out.append(intervals[i])
        i += 1
    while i < len(intervals) and intervals[i][0] <= e:
        s = min(s, intervals[i][0])
        e = max(e, intervals[i][1])
        i += 1
    return out + [[s, e]] + intervals[i:]
