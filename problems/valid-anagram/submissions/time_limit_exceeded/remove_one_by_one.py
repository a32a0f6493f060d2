# Correct but quadratic: crosses each letter of s off a copy of t, one search at a time.
def is_anagram(s, t):
    rest = list(t)
    for ch in s:
        for j in range(len(rest)):
            if rest[j] == ch:
                rest[j] = None
                break
        else:
            return False
    return all(x is None for x in rest)
