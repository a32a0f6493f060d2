# class: O(n^2)
# problem: group-anagrams
# note: searches the list of groups for each word's signature
def group_anagrams(strs):
    keys, groups = [], []
    for w in strs:
        key = "".join(sorted(w))
        if key in keys:
            groups[keys.index(key)].append(w)
        else:
            keys.append(key)
            groups.append([w])
    return groups
