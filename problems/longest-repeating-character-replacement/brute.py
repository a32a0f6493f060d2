def character_replacement(s, k):
    # Every window: it can be made one letter with (length - most common count) replacements.
    # Comparisons instead of calls to max: the same O(n^2) at half the time.
    best = 0
    for i in range(len(s)):
        counts = [0] * 26
        most = 0
        for j in range(i, len(s)):
            c = ord(s[j]) - 65
            counts[c] += 1
            if counts[c] > most:
                most = counts[c]
            if j - i + 1 - most <= k and j - i + 1 > best:
                best = j - i + 1
    return best
