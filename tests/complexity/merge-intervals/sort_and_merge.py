# class: O(n log n)
# problem: merge-intervals
# note: sorts by start, then extends or closes the last merged interval
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1][1] = e
        else:
            out.append([s, e])
    return out
