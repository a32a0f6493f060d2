# Bug: 25 counters for 26 letters, so a 'z' indexes past the end.
def is_anagram(s, t):
    if len(s) != len(t):
        return False
    counts = [0] * 25
    for a, b in zip(s, t):
        counts[ord(a) - ord("a")] += 1
        counts[ord(b) - ord("a")] -= 1
    return not any(counts)
