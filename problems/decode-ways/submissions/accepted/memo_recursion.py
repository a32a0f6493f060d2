# Top-down: the decodings of the suffix from each position, cached. O(n) time, O(n) stack
# (at most 100 deep).
from functools import lru_cache


def num_decodings(s):
    @lru_cache(maxsize=None)
    def ways(i):
        if i == len(s):
            return 1
        if s[i] == "0":
            return 0
        total = ways(i + 1)
        if i + 1 < len(s) and (s[i] == "1" or (s[i] == "2" and s[i + 1] in "0123456")):
            total += ways(i + 2)
        return total

    return ways(0)
