# class: O(n^2)
# problem: merge-intervals
# note: C-speed quadratic: bisect.insort of every interval into a growing sorted list (n log n comparisons, but n²/4 pointer moves, which dominate from a few thousand intervals up), then one merging pass
import bisect

def merge(intervals):
    ordered = []
    for iv in intervals:
        bisect.insort(ordered, iv)
    out = []
    for s, e in ordered:
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1][1] = e
        else:
            out.append([s, e])
    return out
