# Bug: jumps the window start to the last occurrence even when that is before the window,
# so "abba" gives 3 instead of 2.
def length_of_longest_substring(s):
    last = {}
    start = best = 0
    for i, ch in enumerate(s):
        if ch in last:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
