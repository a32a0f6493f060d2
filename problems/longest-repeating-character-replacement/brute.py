def character_replacement(s, k):
    # Every window: it can be made one letter with (length - most common count) replacements.
    best = 0
    for i in range(len(s)):
        counts = [0] * 26
        most = 0
        for j in range(i, len(s)):
            c = ord(s[j]) - ord("A")
            counts[c] += 1
            most = max(most, counts[c])
            if j - i + 1 - most <= k:
                best = max(best, j - i + 1)
    return best
