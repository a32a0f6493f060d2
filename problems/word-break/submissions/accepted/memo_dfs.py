# Top-down: from each position, try every word that starts there; the cache makes each position
# solved once. The text is at most 300 letters, so the recursion stays shallow.
from functools import lru_cache


def word_break(s, word_dict):
    @lru_cache(maxsize=None)
    def can(start):
        if start == len(s):
            return True
        return any(s.startswith(w, start) and can(start + len(w)) for w in word_dict)

    return can(0)
