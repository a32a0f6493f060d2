# Correct but quadratic: counts the letters of every window.
def character_replacement(s, k):
    best = 0
    for i in range(len(s)):
        counts = {}
        for j in range(i, len(s)):
            counts[s[j]] = counts.get(s[j], 0) + 1
            if j - i + 1 - max(counts.values()) <= k:
                best = max(best, j - i + 1)
    return best
