def erase_overlap_intervals(intervals):
    # Longest chain of intervals that follow one another, O(n^2): sorted by start, best[i]
    # is the most intervals that can stay with intervals[i] the last of them.
    ivs = sorted(intervals)
    best = [1] * len(ivs)
    for i in range(len(ivs)):
        for j in range(i):
            if ivs[j][1] <= ivs[i][0] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return len(ivs) - max(best)
