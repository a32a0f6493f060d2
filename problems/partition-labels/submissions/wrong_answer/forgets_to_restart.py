# Bug: never moves the start of the part forward, so each size counts from the beginning
# of the string: [3, 7, 11] instead of [3, 4, 4].
def partition_labels(s):
    last = {c: i for i, c in enumerate(s)}
    sizes = []
    start = end = 0
    for i, c in enumerate(s):
        end = max(end, last[c])
        if i == end:
            sizes.append(i - start + 1)
    return sizes
