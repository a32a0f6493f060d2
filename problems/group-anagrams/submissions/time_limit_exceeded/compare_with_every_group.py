# Correct but quadratic in the number of groups: sorts and compares against every group.
def group_anagrams(strs):
    groups = []
    for word in strs:
        key = sorted(word)
        for group in groups:
            if sorted(group[0]) == key:
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
