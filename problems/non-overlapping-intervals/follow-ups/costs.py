from bisect import bisect_right


def erase_overlap_intervals(intervals):
    # Weighted interval scheduling: sorted by end, kept[i] is the largest total cost that can
    # stay among the first i intervals; the interval i either goes, or stays with the best
    # of those that end by its start (a prefix, found by binary search). O(n log n).
    items = sorted(((iv[0], iv[1], iv[2] if len(iv) > 2 else 1) for iv in intervals),
                   key=lambda t: t[1])
    ends = [e for _, e, _ in items]
    kept = [0] * (len(items) + 1)
    for i, (s, e, c) in enumerate(items):
        j = bisect_right(ends, s, 0, i)
        kept[i + 1] = max(kept[i], kept[j] + c)
    return sum(c for _, _, c in items) - kept[-1]
