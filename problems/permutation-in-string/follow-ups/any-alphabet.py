from collections import Counter


def check_inclusion(s1, s2):
    # The same sliding window with a dict of counts and the number of characters whose count
    # differs from s1's, so each step is O(1) whatever the alphabet.
    m = len(s1)
    if m > len(s2):
        return False
    diff = Counter(s1)
    off = len(diff)
    for i, ch in enumerate(s2):
        for c, step in ((ch, -1), (s2[i - m] if i >= m else None, 1)):
            if c is None:
                continue
            before = diff.get(c, 0)
            diff[c] = before + step
            off += (before == 0) - (before + step == 0)
        if off == 0:
            return True
    return False
