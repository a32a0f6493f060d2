# class: O(n)
# problem: minimum-window-substring
# note: sliding window that re-checks every needed letter's count at each step; t uses at most 8 distinct letters here (the alphabet is "abcdefgh"), so each check is constant
from collections import Counter

def min_window(s, t):
    need = Counter(t)
    have = Counter()
    best = None
    left = 0
    for right, ch in enumerate(s):
        have[ch] += 1
        while all(have[c] >= k for c, k in need.items()):
            if best is None or right + 1 - left < best[1] - best[0]:
                best = (left, right + 1)
            have[s[left]] -= 1
            left += 1
    return s[best[0]:best[1]] if best else ""
