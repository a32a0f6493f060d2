def merge(intervals):
    groups = []
    for start, end in intervals:
        # Absorb every group this interval overlaps, then keep the union.
        kept = []
        for g in groups:
            if g[0] <= end and start <= g[1]:
                start, end = min(start, g[0]), max(end, g[1])
            else:
                kept.append(g)
        kept.append([start, end])
        groups = kept
    return sorted(groups)
