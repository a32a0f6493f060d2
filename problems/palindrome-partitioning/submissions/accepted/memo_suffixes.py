# The ways to cut each suffix, memoised: the ways for s[i:] are a palindrome s[i:j] followed by
# each way for s[j:].
from functools import lru_cache


def partition(s):
    @lru_cache(maxsize=None)
    def ways(i):
        if i == len(s):
            return [[]]
        out = []
        for j in range(i + 1, len(s) + 1):
            if s[i:j] == s[i:j][::-1]:
                out.extend([s[i:j]] + rest for rest in ways(j))
        return out

    return ways(0)
