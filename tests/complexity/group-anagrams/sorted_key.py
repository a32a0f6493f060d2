# class: O(n)
# problem: group-anagrams
# note: groups by the sorted letters (words are at most 12 letters long)
from collections import defaultdict

def group_anagrams(strs):
    groups = defaultdict(list)
    for w in strs:
        groups["".join(sorted(w))].append(w)
    return list(groups.values())
