# class: O(n)
# problem: merge-intervals
# note: counting sort by start over the coordinates; the generator keeps them below min(10^4, 3n), so the sweep is linear in n
def merge(intervals):
    top = max(e for _, e in intervals)
    reach = [-1] * (top + 1)
    for s, e in intervals:
        if e > reach[s]:
            reach[s] = e
    out = []
    for x in range(top + 1):
        e = reach[x]
        if e < 0:
            continue
        if out and x <= out[-1][1]:
            if e > out[-1][1]:
                out[-1][1] = e
        else:
            out.append([x, e])
    return out
