# class: O(n log n)
# problem: group-anagrams
# note: sorts the words by their signature, then cuts runs
from itertools import groupby

def group_anagrams(strs):
    keyed = sorted(strs, key=lambda w: "".join(sorted(w)))
    return [list(g) for _, g in groupby(keyed, key=lambda w: "".join(sorted(w)))]
