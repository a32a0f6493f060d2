def is_anagram(s, t):
    # A dict of counts keyed by the character itself: no assumption about the alphabet.
    if len(s) != len(t):
        return False
    counts = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    for ch in t:
        left = counts.get(ch, 0)
        if left == 0:
            return False
        counts[ch] = left - 1
    return True
