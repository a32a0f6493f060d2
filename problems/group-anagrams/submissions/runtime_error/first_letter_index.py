# Bug: indexes the first letter of every word, which fails on the empty string.
def group_anagrams(strs):
    groups = {}
    for s in strs:
        key = (s[0], "".join(sorted(s)))
        groups.setdefault(key[1], []).append(s)
    return list(groups.values())
