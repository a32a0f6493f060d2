from collections import defaultdict


def group_anagrams(strs):
    # Sorted characters work for any alphabet: no assumption about which characters exist.
    groups = defaultdict(list)
    for word in strs:
        groups["".join(sorted(word))].append(word)
    return list(groups.values())
