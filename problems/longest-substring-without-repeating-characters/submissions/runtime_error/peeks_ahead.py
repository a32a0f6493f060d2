# Bug: looks at s[0] before checking for the empty string.
def length_of_longest_substring(s):
    best = 1 if s[0] else 0
    last = {}
    start = 0
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
