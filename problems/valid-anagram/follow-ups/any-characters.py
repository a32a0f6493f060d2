from collections import Counter


def is_anagram(s, t):
    # Counts keyed by the character itself: no assumption about the alphabet.
    if len(s) != len(t):
        return False
    counts = Counter(s)
    for ch in t:
        if counts[ch] == 0:
            return False
        counts[ch] -= 1
    return True
