from collections import Counter


def least_interval(tasks, n):
    # The most frequent task fixes a frame: (top - 1) blocks of n + 1 slots, then one slot for
    # each task that ties for the top. Other tasks fill the idle slots; if they overflow them,
    # no slot is idle at all and the answer is simply len(tasks).
    counts = Counter(tasks).values()
    top = max(counts)
    with_top = sum(1 for c in counts if c == top)
    return max(len(tasks), (top - 1) * (n + 1) + with_top)
