# Bug: merges a letter's span into the previous part when it starts right after it, not only
# when it overlaps, so neighbouring parts that share no letter are glued together.
def partition_labels(s):
    spans = {}
    for i, c in enumerate(s):
        spans.setdefault(c, [i, i])[1] = i
    merged = []
    for first, last in spans.values():
        if merged and first <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return [last - first + 1 for first, last in merged]
