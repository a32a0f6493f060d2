def check_inclusion(s1, s2):
    # Every window of len(s1) in s2, its letters counted from scratch: O(len(s2) * len(s1)).
    m = len(s1)
    need = {}
    for ch in s1:
        need[ch] = need.get(ch, 0) + 1
    for start in range(len(s2) - m + 1):
        counts = {}
        for ch in s2[start:start + m]:
            counts[ch] = counts.get(ch, 0) + 1
        if counts == need:
            return True
    return False
