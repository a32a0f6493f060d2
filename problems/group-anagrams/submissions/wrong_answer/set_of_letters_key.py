# Bug: keys by the set of letters, so "aab" and "abb" land in the same group.
def group_anagrams(strs):
    groups = {}
    for s in strs:
        groups.setdefault(frozenset(s), []).append(s)
    return list(groups.values())
