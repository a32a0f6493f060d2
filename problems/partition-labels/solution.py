def partition_labels(s):
    # A part can close at i once every letter seen since it opened has its last occurrence at
    # or before i. Closing as early as possible gives the most parts.
    # O(n) time, O(1) extra space (at most 26 distinct letters).
    last = {c: i for i, c in enumerate(s)}
    sizes = []
    start = end = 0
    for i, c in enumerate(s):
        end = max(end, last[c])
        if i == end:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
