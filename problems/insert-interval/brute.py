def insert(intervals, new_interval):
    # Ignores the order: every interval is merged into the groups built so far by comparing
    # it with each of them, O(n^2). Closed intervals sharing a point merge.
    groups = []
    for start, end in intervals + [new_interval]:
        kept = []
        for g in groups:
            if g[0] <= end and start <= g[1]:
                start, end = min(start, g[0]), max(end, g[1])
            else:
                kept.append(g)
        kept.append([start, end])
        groups = kept
    return sorted(groups)
