from collections import Counter


def min_window(s, t):
    need = Counter(t)
    best = ""
    for i in range(len(s)):
        have = Counter()
        for j in range(i, len(s)):
            have[s[j]] += 1
            if not need - have:
                if not best or j - i + 1 < len(best):
                    best = s[i:j + 1]
                break
    return best
