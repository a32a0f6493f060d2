from collections import Counter


def min_window(s, t):
    need = Counter(t)
    best = ""
    for start in range(len(s)):
        have = Counter()
        for end in range(start, len(s)):
            have[s[end]] += 1
            if all(have[c] >= k for c, k in need.items()):
                if not best or end - start + 1 < len(best):
                    best = s[start:end + 1]
                break
    return best
