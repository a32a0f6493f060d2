# Each letter spans from its first to its last occurrence; merge overlapping spans.
def partition_labels(s):
    spans = {}
    for i, c in enumerate(s):
        if c in spans:
            spans[c][1] = i
        else:
            spans[c] = [i, i]
    merged = []
    for first, last in spans.values():  # dicts keep insertion order: sorted by first
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return [last - first + 1 for first, last in merged]
