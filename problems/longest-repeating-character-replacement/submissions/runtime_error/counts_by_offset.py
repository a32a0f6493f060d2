# Bug: indexes the counts as if the letters were lowercase; ord('A') - ord('a') is -32, outside a
# list of 26 counts.
def character_replacement(s, k):
    counts = [0] * 26
    start = most = best = 0
    for end, ch in enumerate(s):
        counts[ord(ch) - ord("a")] += 1
        most = max(most, counts[ord(ch) - ord("a")])
        if end - start + 1 - most > k:
            counts[ord(s[start]) - ord("a")] -= 1
            start += 1
        best = max(best, end - start + 1)
    return best
