# Count what is left of each letter; a part closes when every letter it has opened is used up.
from collections import Counter


def partition_labels(s):
    left = Counter(s)
    open_letters = set()
    sizes = []
    size = 0
    for c in s:
        size += 1
        open_letters.add(c)
        left[c] -= 1
        if left[c] == 0:
            open_letters.discard(c)
        if not open_letters:
            sizes.append(size)
            size = 0
    return sizes
