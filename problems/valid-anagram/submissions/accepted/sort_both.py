# Sorting gives each multiset of letters one canonical form: O(n log n), fast enough here.
def is_anagram(s, t):
    return sorted(s) == sorted(t)
