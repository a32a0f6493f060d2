# Bug: compares each span with the last merged one before anything has been merged:
# merged[-1] on an empty list raises IndexError.
def partition_labels(s):
    spans = {}
    for i, c in enumerate(s):
        spans.setdefault(c, [i, i])[1] = i
    merged = []
    for first, last in spans.values():
        if first > merged[-1][1]:
            merged.append([first, last])
        else:
            merged[-1][1] = max(merged[-1][1], last)
    return [last - first + 1 for first, last in merged]
