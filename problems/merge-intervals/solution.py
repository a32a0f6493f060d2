def merge(intervals):
    # Sorted by start, an interval overlaps the last merged one or nothing after it.
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
