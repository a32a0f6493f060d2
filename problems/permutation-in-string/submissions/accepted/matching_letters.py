# Counts of 26 letters plus how many of them agree between s1 and the window: O(1) per step.
def check_inclusion(s1, s2):
    m = len(s1)
    if m > len(s2):
        return False
    need, have = [0] * 26, [0] * 26
    for i in range(m):
        need[ord(s1[i]) - 97] += 1
        have[ord(s2[i]) - 97] += 1
    matches = sum(need[k] == have[k] for k in range(26))
    for i in range(m, len(s2)):
        if matches == 26:
            return True
        for k, step in ((ord(s2[i]) - 97, 1), (ord(s2[i - m]) - 97, -1)):
            matches -= have[k] == need[k]
            have[k] += step
            matches += have[k] == need[k]
    return matches == 26
